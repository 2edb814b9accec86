-- Decisions outside the batch runs (issue 4): a citizen's reported change and a maatwerk decision
-- each issue a new decision version for one household. Such a version has no run; it says why it
-- was made (aanleiding), which version it replaces, and, for maatwerk, the decision record it
-- follows. The newest advance decision of a household, toeslag and year is the one paid.
ALTER TABLE beschikking ALTER COLUMN run_id DROP NOT NULL;
ALTER TABLE beschikking ADD COLUMN aanleiding text NOT NULL DEFAULT 'run'
  CHECK (aanleiding IN ('run', 'wijziging', 'maatwerk'));
ALTER TABLE beschikking ADD COLUMN vorige_id bigint REFERENCES beschikking (id);
ALTER TABLE beschikking ADD COLUMN maatwerkbesluit_id bigint;
ALTER TABLE beschikking ADD COLUMN toelichting text;
ALTER TABLE beschikking ADD CONSTRAINT beschikking_herkomst
  CHECK ((aanleiding = 'run') = (run_id IS NOT NULL));

-- A person logs in with their own BSN, which may be the partner's: find the household by person.
CREATE INDEX feit_persoon ON feit (persoon_bsn) WHERE soort = 'persoon';
