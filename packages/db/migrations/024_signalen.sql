-- Signals (C7, issue 17): a staff member tells policy that a rule works out unfairly or is
-- unworkable; a team lead triages it (duplicate, more information needed, routed to policy); the
-- policy owner (role beleidsmedewerker) answers and says what will be done. Migration 007 kept only
-- the signal itself; its status list ('in-behandeling', 'gesloten') is replaced by the steps below.
-- A signal's description is about the rule, not the person: example cases are linked by id (table
-- signaal_voorbeeld) and shown pseudonymised to readers who may not open the case.
ALTER TABLE signaal DROP CONSTRAINT IF EXISTS signaal_status_check;
ALTER TABLE signaal
  ADD COLUMN waarom              text NOT NULL DEFAULT '',
  ADD COLUMN bron                text NOT NULL DEFAULT 'medewerker',
  -- The raiser's team when raised: whose team lead triages it (null: any team lead).
  ADD COLUMN team                text,
  ADD COLUMN versie              integer NOT NULL DEFAULT 1 CHECK (versie >= 1),
  ADD COLUMN aanvulling          text,
  ADD COLUMN triage_door         text,
  ADD COLUMN triage_op           timestamptz,
  ADD COLUMN triage_toelichting  text,
  ADD COLUMN dubbel_van          bigint REFERENCES signaal (id),
  ADD COLUMN antwoord_soort      text,
  ADD COLUMN antwoord            text,
  ADD COLUMN beantwoord_door     text,
  ADD COLUMN beantwoord_op       timestamptz;
UPDATE signaal SET status = 'doorgezet' WHERE status = 'in-behandeling';
UPDATE signaal SET status = 'beantwoord', antwoord_soort = 'niets',
       antwoord = 'Gesloten voordat signalen een antwoord kregen (migratie 024).'
 WHERE status = 'gesloten';
ALTER TABLE signaal
  ADD CONSTRAINT signaal_status CHECK (status IN ('nieuw', 'meer-informatie', 'dubbel', 'doorgezet', 'beantwoord')),
  ADD CONSTRAINT signaal_bron CHECK (bron IN ('medewerker', 'maatwerk')),
  ADD CONSTRAINT signaal_antwoord_soort CHECK (antwoord_soort IS NULL OR antwoord_soort IN ('niets', 'werkinstructie', 'wijzigingsvoorstel')),
  ADD CONSTRAINT signaal_beantwoord CHECK ((status = 'beantwoord') = (antwoord IS NOT NULL AND antwoord_soort IS NOT NULL)),
  ADD CONSTRAINT signaal_dubbel CHECK ((status = 'dubbel') = (dubbel_van IS NOT NULL)),
  ADD CONSTRAINT signaal_niet_zichzelf CHECK (dubbel_van IS NULL OR dubbel_van <> id);
CREATE INDEX signaal_status_idx ON signaal (status, team);
CREATE INDEX signaal_ingediend_door ON signaal (ingediend_door);

-- The example cases of a signal (the case it was raised from first).
CREATE TABLE signaal_voorbeeld (
  signaal_id  bigint NOT NULL REFERENCES signaal (id),
  zaak_id     bigint NOT NULL REFERENCES zaak (id),
  PRIMARY KEY (signaal_id, zaak_id)
);
INSERT INTO signaal_voorbeeld (signaal_id, zaak_id) SELECT id, zaak_id FROM signaal WHERE zaak_id IS NOT NULL;
