-- Partner reports (issue 10, item 11): a childcare provider's report of a child's hours is no longer
-- last-write-wins. Every report is kept with the provider from its authenticated client (never from
-- the request body), its own id and the moment the provider drew it up; the first provider to report
-- for a child and year holds that contract, a report older than the newest accepted one changes
-- nothing, a repeated report id changes nothing, and another provider's report for a held contract
-- opens a case (`partner-conflict`, team uitval) instead of overwriting. Owned by @regelmaat/diensten.

-- The case type for conflicting reports; mirrors ZAAKTYPEN in packages/zaken/src/zaaktypen.ts (a test
-- keeps them equal).
INSERT INTO zaaktype (id, naam, servicenorm_dagen, team) VALUES
  ('partner-conflict', 'Tegenstrijdige melding van een aanbieder', 14, 'uitval');
ALTER TABLE zaak DROP CONSTRAINT zaak_soort;
ALTER TABLE zaak ADD CONSTRAINT zaak_soort CHECK (soort IN (
  'uitval-controle', 'maatwerk-verzoek', 'hoorzitting-terugvordering', 'contactverzoek', 'partner-verificatie', 'partner-conflict'));

-- Who holds the childcare contract of a child in a year: the provider whose report was accepted
-- first. `nieuwste_opgesteld_op` is when the provider drew up the newest report accepted for it; an
-- older report is not applied.
CREATE TABLE opvangcontract (
  kind_bsn              text NOT NULL CHECK (kind_bsn ~ '^[0-9]{9}$'),
  jaar                  integer NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
  client_id             text NOT NULL REFERENCES partner_client (client_id),
  huishouden_id         bigint NOT NULL REFERENCES huishouden (id),
  sinds                 timestamptz NOT NULL,
  nieuwste_opgesteld_op timestamptz NOT NULL,
  PRIMARY KEY (kind_bsn, jaar)
);

-- Every report received, once per (provider, report id): the unique key makes a replay change
-- nothing, also when two arrive at the same time. `inhoud` is a hash of what was reported, so a
-- replayed id with other hours is recognised and refused.
CREATE TABLE partner_melding (
  id            bigserial PRIMARY KEY,
  client_id     text NOT NULL REFERENCES partner_client (client_id),
  melding_id    text NOT NULL CHECK (length(melding_id) BETWEEN 1 AND 100),
  huishouden_id bigint NOT NULL REFERENCES huishouden (id),
  kind_bsn      text NOT NULL CHECK (kind_bsn ~ '^[0-9]{9}$'),
  jaar          integer NOT NULL,
  soort         text NOT NULL,
  uren          jsonb NOT NULL CHECK (jsonb_typeof(uren) = 'array' AND jsonb_array_length(uren) = 12),
  opgesteld_op  timestamptz NOT NULL,
  ontvangen_op  timestamptz NOT NULL,
  inhoud        text NOT NULL CHECK (length(inhoud) = 64),
  uitkomst      text NOT NULL CHECK (uitkomst IN ('verwerkt', 'al-bekend', 'verouderd', 'conflict')),
  zaak_id       bigint REFERENCES zaak (id),
  CHECK ((uitkomst = 'conflict') = (zaak_id IS NOT NULL)),
  UNIQUE (client_id, melding_id)
);
CREATE INDEX partner_melding_kind ON partner_melding (kind_bsn, jaar);
