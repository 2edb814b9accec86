-- Recovery, continued (issue 15), owned by @regelmaat/invordering:
--
-- 1. The monthly invordering run (`invordering_run`, one per month YYYY-MM, resumable): recoveries
--    in partitions of ascending id; per recovery it books offsetting against the toeslag paid that
--    month (verrekening, Awir art. 30, within the limits of `verrekenbaar`) and invorderingsrente
--    (Awir art. 29, the rate of each calendar year) as ledger entries, and writes a reminder as a
--    letter (data) where one is due. An entry the run books carries a `sleutel`
--    (`<soort>:<vordering>:<maand>`), unique, so a rerun doubles nothing.
-- 2. Reminders (`herinnering`, simulated: the letter is data, nothing is posted): one per recovery
--    per month at most; `aanmaning` (Awir art. 32) only after a `herinnering` and never for a person
--    with a personal guide (enforced in the run and by the trigger below).
-- 3. Personal guidance (`begeleiding`): a guide (a staff account) for a household with a high
--    recovery or a hardship signal; its case (`persoonlijke-begeleiding`, team invordering); contact
--    moments over two to three months with notes (`contactmoment`).

ALTER TABLE boeking ADD COLUMN sleutel text CHECK (length(sleutel) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX boeking_sleutel ON boeking (sleutel) WHERE sleutel IS NOT NULL;

CREATE TABLE invordering_run (
  id               bigserial PRIMARY KEY,
  maand            text NOT NULL UNIQUE CHECK (maand ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  partitiegrootte  integer NOT NULL CHECK (partitiegrootte > 0),
  gestart_op       timestamptz NOT NULL,
  -- The highest recovery id whose partition is committed: a resumed run continues after it.
  verwerkt_tot_id  bigint NOT NULL DEFAULT 0,
  vorderingen      integer NOT NULL DEFAULT 0 CHECK (vorderingen >= 0),
  klaar_op         timestamptz CHECK (klaar_op >= gestart_op)
);

CREATE TABLE herinnering (
  id             bigserial PRIMARY KEY,
  vordering_id   bigint NOT NULL REFERENCES vordering (id),
  huishouden_id  bigint NOT NULL,
  run_id         bigint NOT NULL REFERENCES invordering_run (id),
  maand          text NOT NULL,
  soort          text NOT NULL CHECK (soort IN ('herinnering', 'aanmaning')),
  -- The letter as data: the reason, the amounts and dates it states (no names, no BSN).
  brief          jsonb NOT NULL CHECK (jsonb_typeof(brief) = 'object'),
  verstuurd_op   timestamptz NOT NULL,
  UNIQUE (vordering_id, maand)
);
CREATE INDEX herinnering_huishouden ON herinnering (huishouden_id);
CREATE TRIGGER herinnering_alleen_toevoegen BEFORE UPDATE OR DELETE ON herinnering
  FOR EACH ROW EXECUTE FUNCTION invordering_alleen_toevoegen();

-- The case type for personal guidance; mirrors ZAAKTYPEN in packages/zaken/src/zaaktypen.ts.
INSERT INTO zaaktype (id, naam, servicenorm_dagen, team) VALUES
  ('persoonlijke-begeleiding', 'Persoonlijke begeleiding bij terugbetalen', 91, 'invordering');
ALTER TABLE zaak DROP CONSTRAINT zaak_soort;
ALTER TABLE zaak ADD CONSTRAINT zaak_soort CHECK (soort IN (
  'uitval-controle', 'maatwerk-verzoek', 'hoorzitting-terugvordering', 'contactverzoek', 'partner-verificatie',
  'partner-conflict', 'kot-tabel-onzeker', 'bezwaar', 'opvang-afwijking', 'persoonlijke-begeleiding'));

CREATE TABLE begeleiding (
  id             bigserial PRIMARY KEY,
  huishouden_id  bigint NOT NULL REFERENCES huishouden (id),
  zaak_id        bigint NOT NULL UNIQUE REFERENCES zaak (id),
  begeleider     text NOT NULL CHECK (length(begeleider) BETWEEN 1 AND 100),  -- staff account id
  reden          text NOT NULL CHECK (reden IN ('hoge-terugvordering', 'regeling-met-rest', 'signaal', 'op-verzoek')),
  gestart_op     timestamptz NOT NULL,
  gestart_door   text NOT NULL CHECK (length(gestart_door) BETWEEN 1 AND 100)
);
-- One guide per household.
CREATE UNIQUE INDEX begeleiding_een_per_huishouden ON begeleiding (huishouden_id);
CREATE INDEX begeleiding_begeleider ON begeleiding (begeleider);
CREATE TRIGGER begeleiding_alleen_toevoegen BEFORE UPDATE OR DELETE ON begeleiding
  FOR EACH ROW EXECUTE FUNCTION invordering_alleen_toevoegen();

CREATE TABLE contactmoment (
  id              bigserial PRIMARY KEY,
  begeleiding_id  bigint NOT NULL REFERENCES begeleiding (id),
  gepland_op      date NOT NULL,
  -- A note is written once the contact took place; until then NULL. Only this column changes, once.
  notitie         text CHECK (length(notitie) BETWEEN 1 AND 2000),
  genoteerd_op    timestamptz,
  genoteerd_door  text,
  CHECK ((notitie IS NULL) = (genoteerd_op IS NULL) AND (notitie IS NULL) = (genoteerd_door IS NULL))
);
CREATE INDEX contactmoment_begeleiding ON contactmoment (begeleiding_id, gepland_op);

-- An aanmaning is never written for a household with a guide (no escalation; the guide calls).
CREATE FUNCTION herinnering_geen_aanmaning_bij_begeleiding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.soort = 'aanmaning' AND EXISTS (SELECT 1 FROM begeleiding b WHERE b.huishouden_id = NEW.huishouden_id) THEN
    RAISE EXCEPTION 'geen aanmaning bij persoonlijke begeleiding' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER herinnering_geen_aanmaning BEFORE INSERT ON herinnering
  FOR EACH ROW EXECUTE FUNCTION herinnering_geen_aanmaning_bij_begeleiding();
