-- Issue 10 ("Trust"), item 2: one household per person, by construction.
--
-- Before this migration the household of a BSN was found as "the household whose applicant this is,
-- UNION any household with a current 'persoon' fact for this BSN, LIMIT 1" — without an order. A
-- citizen who declared someone else's BSN as their partner wrote such a fact into their own
-- household, and from then on the other person's portal, staff lookups and change reports could
-- land in the claimant's household.
--
-- `huishouden_lid` is now the one place that says which household a person belongs to: one row per
-- person (the primary key), so the database refuses a second current household for anyone. Writers:
-- the population loader and `schrijfHuishoudens` (the applicant and every person of the registry /
-- tax authority facts they load); nothing a citizen declares adds a row. Lookups by BSN read only
-- this table (`zoekHuishouden`, `leesDossierVanBsn`).
CREATE TABLE huishouden_lid (
  persoon_bsn   text PRIMARY KEY CHECK (length(persoon_bsn) = 9 AND persoon_bsn !~ '[^0-9]'),
  huishouden_id bigint NOT NULL
);

-- Existing data: the household where the person is the applicant wins, then one where a registry
-- ('brp') fact lists them, then any other; ties by the lowest household id (deterministic).
INSERT INTO huishouden_lid (persoon_bsn, huishouden_id)
SELECT DISTINCT ON (bsn) bsn, hid
  FROM (SELECT bsn_aanvrager AS bsn, id AS hid, 0 AS voorrang FROM huishouden
        UNION ALL
        SELECT persoon_bsn, huishouden_id, CASE WHEN bron = 'brp' THEN 1 ELSE 2 END
          FROM feit
         WHERE soort = 'persoon' AND persoon_bsn IS NOT NULL AND vervallen_op IS NULL) x
 ORDER BY bsn, voorrang, hid;

-- A partner a citizen declares who is not in their household per the registry: a claim, checked by
-- a case worker (case type 'partner-verificatie'), never a fact about the other person and never a
-- membership. At most one open claim per household and partner.
CREATE TABLE partnerclaim (
  id               bigserial PRIMARY KEY,
  huishouden_id    bigint NOT NULL REFERENCES huishouden (id),
  claimant_bsn     text NOT NULL CHECK (length(claimant_bsn) = 9 AND claimant_bsn !~ '[^0-9]'),
  partner_bsn      text NOT NULL CHECK (length(partner_bsn) = 9 AND partner_bsn !~ '[^0-9]'),
  geldig_vanaf     date NOT NULL,
  geboortedatum    date NOT NULL,
  jaar             integer NOT NULL,
  inkomen          bigint NOT NULL CHECK (inkomen >= 0),
  status           text NOT NULL DEFAULT 'te-controleren' CHECK (status IN ('te-controleren', 'bevestigd', 'afgewezen')),
  zaak_id          bigint REFERENCES zaak (id),
  geregistreerd_op timestamptz NOT NULL,
  CHECK (claimant_bsn <> partner_bsn)
);
CREATE UNIQUE INDEX partnerclaim_open ON partnerclaim (huishouden_id, partner_bsn) WHERE status = 'te-controleren';

-- The verification case type (mirrors ZAAKTYPEN in packages/zaken/src/zaaktypen.ts).
INSERT INTO zaaktype (id, naam, servicenorm_dagen, team) VALUES
  ('partner-verificatie', 'Controle opgegeven partner', 14, 'uitval');
ALTER TABLE zaak
  DROP CONSTRAINT zaak_soort,
  ADD CONSTRAINT zaak_soort CHECK (soort IN ('uitval-controle', 'maatwerk-verzoek', 'hoorzitting-terugvordering', 'contactverzoek', 'partner-verificatie'));
