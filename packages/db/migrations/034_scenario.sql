-- Saved simulation scenarios (uitvoeringstoets, issue 18): a reform the policy analyst wrote down
-- with a name, its author (the staff id from the session), the date, a description and the reform
-- itself as YAML (`hervorming`: the berekeningsjaar, an optional shared baseline, the parts in
-- stacking order and what the parameters cannot express; checked by package simulatie like the
-- law's own parameters before it is stored). The shipped example reforms are stored as read-only
-- rows under their file name (`voorbeeld`), so a signal can link to them as to any other.
-- Scenarios are never changed or removed: a run and a signal's link always mean the same reform.
CREATE TABLE scenario (
  id             bigserial PRIMARY KEY,
  naam           text NOT NULL CHECK (length(btrim(naam)) BETWEEN 1 AND 200),
  auteur         text NOT NULL CHECK (length(btrim(auteur)) >= 1),
  datum          date NOT NULL,
  beschrijving   text NOT NULL CHECK (length(btrim(beschrijving)) >= 1),
  hervorming     text NOT NULL CHECK (length(hervorming) BETWEEN 1 AND 100000),
  voorbeeld      text UNIQUE CHECK (voorbeeld IS NULL OR voorbeeld ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
  aangemaakt_op  timestamptz NOT NULL
);
CREATE INDEX scenario_datum_idx ON scenario (datum DESC, id DESC);

-- Signals (C7): the answer's link to a scenario was free text (migration 030). It becomes a link
-- to a saved scenario; the free text of earlier answers stays as a note beside it, unchanged.
ALTER TABLE signaal RENAME COLUMN scenario TO scenario_notitie;
ALTER TABLE signaal ADD COLUMN scenario_id bigint REFERENCES scenario (id);
CREATE INDEX signaal_scenario_idx ON signaal (scenario_id) WHERE scenario_id IS NOT NULL;
