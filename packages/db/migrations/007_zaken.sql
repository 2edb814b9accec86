-- Work queues, cases and accountable maatwerk (C5, C6); owned by @regelmaat/zaken.
-- The case types are data in code (packages/zaken/src/zaaktypen.ts, ZAAKTYPEN); the table
-- `zaaktype` mirrors them so that cases the batch opens (verwerking inserts only huishouden, run,
-- redenen, toelichting, prioriteit) get their team, due date and subject from the database. A test
-- in packages/zaken checks that this table and ZAAKTYPEN are equal.

CREATE TABLE zaaktype (
  id                text PRIMARY KEY,
  naam              text NOT NULL,
  servicenorm_dagen integer NOT NULL CHECK (servicenorm_dagen > 0),  -- calendar days
  team              text NOT NULL
);
INSERT INTO zaaktype (id, naam, servicenorm_dagen, team) VALUES
  ('uitval-controle', 'Controle na uitval', 14, 'uitval'),
  ('maatwerk-verzoek', 'Verzoek om maatwerk', 56, 'maatwerk'),
  ('hoorzitting-terugvordering', 'Zienswijze vóór terugvordering', 28, 'invordering'),
  ('contactverzoek', 'Verzoek om contact', 5, 'klantcontact');

-- Cases: a type, a team, who works on it (null = in the team queue), a version for optimistic
-- locking and a due date (opened + service norm).
ALTER TABLE zaak
  ALTER COLUMN run_id DROP NOT NULL,
  ADD COLUMN team        text,
  ADD COLUMN behandelaar text,
  ADD COLUMN versie      integer NOT NULL DEFAULT 1 CHECK (versie >= 1),
  ADD COLUMN termijn     date,
  ADD COLUMN onderwerp   text,
  ADD COLUMN afgerond_op timestamptz,
  ADD COLUMN uitkomst    text,
  ADD COLUMN regeling    text CHECK (regeling IN ('zorgtoeslag', 'huurtoeslag', 'kindgebonden_budget', 'kinderopvangtoeslag')),
  ADD COLUMN jaar        integer;

UPDATE zaak z
   SET team = t.team,
       termijn = (z.aangemaakt_op AT TIME ZONE 'UTC')::date + t.servicenorm_dagen,
       onderwerp = t.naam
  FROM zaaktype t
 WHERE t.id = z.soort;

ALTER TABLE zaak
  ALTER COLUMN team SET NOT NULL,
  ALTER COLUMN termijn SET NOT NULL,
  ALTER COLUMN onderwerp SET NOT NULL,
  ADD CONSTRAINT zaak_soort CHECK (soort IN ('uitval-controle', 'maatwerk-verzoek', 'hoorzitting-terugvordering', 'contactverzoek')),
  ADD CONSTRAINT zaak_status CHECK (status IN ('open', 'in-behandeling', 'wacht-op-goedkeuring', 'afgerond')),
  -- In the team queue exactly when nobody works on it; every other status has a behandelaar.
  ADD CONSTRAINT zaak_behandelaar CHECK ((status = 'open') = (behandelaar IS NULL)),
  ADD CONSTRAINT zaak_afgerond CHECK ((status = 'afgerond') = (afgerond_op IS NOT NULL));

-- Team, due date and subject from the case type when the inserter leaves them out (the batch does).
CREATE FUNCTION zaak_standaardwaarden() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  t zaaktype%ROWTYPE;
BEGIN
  IF NEW.team IS NULL OR NEW.termijn IS NULL OR NEW.onderwerp IS NULL THEN
    SELECT * INTO t FROM zaaktype WHERE id = NEW.soort;
    IF FOUND THEN
      NEW.team := coalesce(NEW.team, t.team);
      NEW.termijn := coalesce(NEW.termijn, (NEW.aangemaakt_op AT TIME ZONE 'UTC')::date + t.servicenorm_dagen);
      NEW.onderwerp := coalesce(NEW.onderwerp, t.naam);
    END IF;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER zaak_standaardwaarden BEFORE INSERT ON zaak
  FOR EACH ROW EXECUTE FUNCTION zaak_standaardwaarden();

CREATE INDEX zaak_team_status ON zaak (team, status, id);
CREATE INDEX zaak_behandelaar_status ON zaak (behandelaar, status, id) WHERE behandelaar IS NOT NULL;
CREATE INDEX zaak_huishouden ON zaak (huishouden_id, id);
CREATE INDEX zaak_open_redenen ON zaak USING gin (redenen) WHERE status IN ('open', 'in-behandeling');

-- Who did what when, one row per change of a case (append-only). `versie` is the case version
-- after the change.
CREATE TABLE zaak_historie (
  id       bigserial PRIMARY KEY,
  zaak_id  bigint NOT NULL REFERENCES zaak (id),
  tijdstip timestamptz NOT NULL,
  actor    text NOT NULL,
  rol      text NOT NULL,
  actie    text NOT NULL,
  versie   integer NOT NULL,
  details  jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX zaak_historie_zaak ON zaak_historie (zaak_id, id);

-- Cases the batch opens get their first history row here, in the same statement.
CREATE FUNCTION zaak_historie_bij_run() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO zaak_historie (zaak_id, tijdstip, actor, rol, actie, versie, details)
  SELECT id, aangemaakt_op, 'systeem', 'systeem', 'aangemaakt', versie,
         jsonb_build_object('runId', run_id, 'redenen', to_jsonb(redenen))
    FROM nieuwe_zaken
   WHERE run_id IS NOT NULL;
  RETURN NULL;
END
$$;
CREATE TRIGGER zaak_historie_bij_run AFTER INSERT ON zaak
  REFERENCING NEW TABLE AS nieuwe_zaken
  FOR EACH STATEMENT EXECUTE FUNCTION zaak_historie_bij_run();

INSERT INTO zaak_historie (zaak_id, tijdstip, actor, rol, actie, versie, details)
SELECT id, aangemaakt_op, 'systeem', 'systeem', 'aangemaakt', versie,
       jsonb_build_object('runId', run_id, 'redenen', to_jsonb(redenen))
  FROM zaak;

-- A maatwerk decision (C6): standard outcome, deviation, legal ground, weighing, the three house
-- questions and the level. Recorded only: the amounts change when the caller issues a new decision
-- version (beschikking) and marks this one van kracht. Four-eyes: a reviewer is never the author.
CREATE TABLE maatwerkbesluit (
  id                       bigserial PRIMARY KEY,
  zaak_id                  bigint NOT NULL REFERENCES zaak (id),
  huishouden_id            bigint NOT NULL REFERENCES huishouden (id),
  regeling                 text NOT NULL CHECK (regeling IN ('zorgtoeslag', 'huurtoeslag', 'kindgebonden_budget', 'kinderopvangtoeslag')),
  jaar                     integer NOT NULL,
  standaard_bedrag         integer NOT NULL,   -- eurocents
  standaard_omschrijving   text NOT NULL,
  afwijking_bedrag         integer NOT NULL,   -- eurocents
  afwijking_van            date,
  afwijking_tot            date,
  regeling_termijnen       integer CHECK (regeling_termijnen > 0),
  regeling_per_termijn     integer CHECK (regeling_per_termijn > 0),  -- eurocents
  grondslag                text NOT NULL,
  afweging                 text NOT NULL,
  perspectieven            jsonb,
  vraag_rechtvaardig       text NOT NULL CHECK (length(btrim(vraag_rechtvaardig)) > 0),
  vraag_samen              text NOT NULL CHECK (length(btrim(vraag_samen)) > 0),
  vraag_aanspreekbaar      text NOT NULL CHECK (length(btrim(vraag_aanspreekbaar)) > 0),
  niveau                   text NOT NULL CHECK (niveau IN ('geval', 'vergelijkbaar', 'structureel')),
  huishoudtype             text NOT NULL,
  redenen                  text[] NOT NULL,
  precedenten              bigint[] NOT NULL DEFAULT '{}',
  status                   text NOT NULL CHECK (status IN ('wacht-op-goedkeuring', 'goedgekeurd', 'afgewezen', 'van-kracht')),
  auteur                   text NOT NULL,
  aangemaakt_op            timestamptz NOT NULL,
  beoordelaar              text,
  beoordeeld_op            timestamptz,
  beoordeling_toelichting  text,
  beschikking_id           bigint REFERENCES beschikking (id),
  van_kracht_op            timestamptz,
  CHECK (afwijking_tot IS NULL OR afwijking_van IS NULL OR afwijking_tot >= afwijking_van),
  CHECK (beoordelaar IS NULL OR beoordelaar <> auteur),
  CHECK ((status = 'van-kracht') = (beschikking_id IS NOT NULL))
);
CREATE INDEX maatwerkbesluit_zaak ON maatwerkbesluit (zaak_id);
CREATE INDEX maatwerkbesluit_regeling ON maatwerkbesluit (regeling, status);

-- Level 2: the remedy proposed for one comparable open case, with its own review.
CREATE TABLE maatwerk_toepassing (
  id               bigserial PRIMARY KEY,
  besluit_id       bigint NOT NULL REFERENCES maatwerkbesluit (id),
  zaak_id          bigint NOT NULL REFERENCES zaak (id),
  status           text NOT NULL DEFAULT 'voorgesteld' CHECK (status IN ('voorgesteld', 'toegepast', 'overgeslagen')),
  voorgesteld_door text NOT NULL,
  voorgesteld_op   timestamptz NOT NULL,
  beoordeeld_door  text,
  beoordeeld_op    timestamptz,
  toelichting      text,
  UNIQUE (besluit_id, zaak_id),
  CHECK (beoordeeld_door IS NULL OR beoordeeld_door <> voorgesteld_door),
  CHECK ((status = 'voorgesteld') = (beoordeeld_door IS NULL))
);
CREATE INDEX maatwerk_toepassing_zaak ON maatwerk_toepassing (zaak_id);

-- Level 3: a signal to policy ("the law works out unfairly here"). The full process is C7.
CREATE TABLE signaal (
  id              bigserial PRIMARY KEY,
  besluit_id      bigint REFERENCES maatwerkbesluit (id),
  zaak_id         bigint REFERENCES zaak (id),
  thema           text NOT NULL,
  omschrijving    text NOT NULL,
  status          text NOT NULL DEFAULT 'nieuw' CHECK (status IN ('nieuw', 'in-behandeling', 'beantwoord', 'gesloten')),
  ingediend_door  text NOT NULL,
  ingediend_op    timestamptz NOT NULL
);

-- A phone call or other contact with a household, with its outcome in plain language.
CREATE TABLE contact (
  id             bigserial PRIMARY KEY,
  huishouden_id  bigint NOT NULL REFERENCES huishouden (id),
  zaak_id        bigint REFERENCES zaak (id),
  kanaal         text NOT NULL CHECK (kanaal IN ('telefoon', 'brief', 'e-mail', 'portaal', 'balie', 'video')),
  richting       text NOT NULL CHECK (richting IN ('inkomend', 'uitgaand')),
  onderwerp      text NOT NULL,
  uitkomst       text NOT NULL,
  medewerker     text NOT NULL,
  tijdstip       timestamptz NOT NULL
);
CREATE INDEX contact_huishouden ON contact (huishouden_id, tijdstip);
