-- A payment plan that lapses (issue 15), owned by @regelmaat/invordering.
--
-- When a plan is behind, the monthly invordering run first sends a reminder naming what must be paid
-- within two weeks (a `herinnering` row, migration 037); when that is still not paid at the next run
-- the plan lapses (vervalt): one row here with the lapse letter as data, and from then on the whole
-- open balance is due and collection resumes (interest, offsetting, reminders as without a plan).
-- The lapse books nothing: what was paid stays as it was. One lapse per plan (unique), append-only.
-- Never for a household with a personal guide (no escalation; the trigger below besides the rule):
-- the guide gets a task instead, a contact moment with `aanleiding` 'regeling-achter', once per plan
-- and month (`sleutel`).

CREATE TABLE regeling_verval (
  id             bigserial PRIMARY KEY,
  regeling_id    bigint NOT NULL UNIQUE REFERENCES betalingsregeling (id),
  vordering_id   bigint NOT NULL REFERENCES vordering (id),
  huishouden_id  bigint NOT NULL,
  run_id         bigint NOT NULL REFERENCES invordering_run (id),
  maand          text NOT NULL CHECK (maand ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  -- The letter as data: the amounts and dates it states (no names, no BSN).
  brief          jsonb NOT NULL CHECK (jsonb_typeof(brief) = 'object'),
  vervallen_op   timestamptz NOT NULL
);
CREATE INDEX regeling_verval_huishouden ON regeling_verval (huishouden_id);
CREATE TRIGGER regeling_verval_alleen_toevoegen BEFORE UPDATE OR DELETE ON regeling_verval
  FOR EACH ROW EXECUTE FUNCTION invordering_alleen_toevoegen();

CREATE FUNCTION regeling_verval_niet_bij_begeleiding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM begeleiding b WHERE b.huishouden_id = NEW.huishouden_id) THEN
    RAISE EXCEPTION 'geen vervallen regeling bij persoonlijke begeleiding' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER regeling_verval_geen_begeleiding BEFORE INSERT ON regeling_verval
  FOR EACH ROW EXECUTE FUNCTION regeling_verval_niet_bij_begeleiding();

ALTER TABLE contactmoment ADD COLUMN aanleiding text CHECK (aanleiding IN ('regeling-achter'));
ALTER TABLE contactmoment ADD COLUMN sleutel text CHECK (length(sleutel) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX contactmoment_sleutel ON contactmoment (sleutel) WHERE sleutel IS NOT NULL;
