-- Bezwaar (objection, issue 14): a person objects against a decision; a case of type `bezwaar` in
-- team bezwaar's queue carries it through a call, a hearing (or the recorded reason to skip it) and
-- the decision on the objection. Tables `bezwaar` and `bezwaar_beschikking` are owned by
-- @regelmaat/zaken, `bezwaarbrief` (the objection's own letters) by @regelmaat/brief-opslag; the
-- new column and kind of decision version (aanleiding 'bezwaar') by @regelmaat/beschikking.
-- The dates are computed by the pure term module (packages/brieven/src/termijn/) and stored, so a
-- list can sort and warn by them.

-- The case type; mirrors ZAAKTYPEN in packages/zaken/src/zaaktypen.ts (a test keeps them equal). The
-- service norm is the decision term of Awb 7:10 (six weeks); a bezwaar case's own due date is the
-- statutory one computed from its objection term, set when it is opened.
INSERT INTO zaaktype (id, naam, servicenorm_dagen, team) VALUES ('bezwaar', 'Bezwaar', 42, 'bezwaar');
ALTER TABLE zaak DROP CONSTRAINT zaak_soort;
ALTER TABLE zaak ADD CONSTRAINT zaak_soort CHECK (soort IN (
  'uitval-controle', 'maatwerk-verzoek', 'hoorzitting-terugvordering', 'contactverzoek', 'partner-verificatie',
  'partner-conflict', 'kot-tabel-onzeker', 'bezwaar'));

CREATE TABLE bezwaar (
  id                          bigserial PRIMARY KEY,
  zaak_id                     bigint NOT NULL UNIQUE REFERENCES zaak (id),
  huishouden_id               bigint NOT NULL REFERENCES huishouden (id),
  -- the dagtekening of the contested letter: the objection term starts the day after (Awir 35)
  briefdatum                  date NOT NULL,
  kanaal                      text NOT NULL CHECK (kanaal IN ('portaal', 'post', 'telefoon')),
  ontvangen_op                date NOT NULL,
  gepost_op                   date CHECK (gepost_op IS NULL OR gepost_op <= ontvangen_op),
  laatste_dag_bezwaartermijn  date NOT NULL,
  tijdig                      boolean NOT NULL,                      -- Awb 6:9
  -- Awb 6:11: a late objection waits for a person's judgment whether the lateness is excusable
  verschoonbaar               boolean,
  verschoonbaar_toelichting   text,
  -- null: pro forma (grounds follow within the hersteltermijn, Awb 6:6)
  gronden                     text CHECK (gronden IS NULL OR length(btrim(gronden)) > 0),
  hersteltermijn              date,
  gronden_ontvangen_op        date,
  contact                     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(contact) = 'object'),
  adviescommissie             boolean NOT NULL DEFAULT false,        -- Awb 7:13
  beslistermijn               date NOT NULL,                         -- Awb 7:10, as it stands now
  verdaagd_op                 timestamptz,                           -- Awb 7:10 lid 3: once
  verdaging_reden             text CHECK (verdaging_reden IS NULL OR length(btrim(verdaging_reden)) > 0),
  fase                        text NOT NULL CHECK (fase IN ('ingediend', 'gebeld', 'horen', 'te-beslissen',
                                'wacht-op-goedkeuring', 'beslist', 'ingetrokken')),
  gebeld_contact_id           bigint REFERENCES contact (id),
  hoorzitting                 text CHECK (hoorzitting IN ('gepland', 'gehouden', 'overgeslagen')),
  hoorzitting_op              date,
  -- Awb 7:3 a–e: why no hearing was held
  hoorzitting_overslaan_grond text CHECK (hoorzitting_overslaan_grond IN ('kennelijk-niet-ontvankelijk',
                                'kennelijk-ongegrond', 'afgezien', 'geen-reactie', 'volledig-gegrond')),
  hoorzitting_toelichting     text,
  beslissing                  text CHECK (beslissing IN ('gegrond', 'deels-gegrond', 'ongegrond', 'niet-ontvankelijk')),
  motivering                  text,                                  -- Awb 7:11, 7:12
  -- when (partly) upheld: the year amount of the new decision, and its change from the contested one
  nieuwe_regeling             text CHECK (nieuwe_regeling ~ '^[a-z][a-z0-9_]*$'),
  nieuw_jaarbedrag            integer CHECK (nieuw_jaarbedrag >= 0),
  bedrag_verschil             integer,
  auteur                      text,
  voorgesteld_op              timestamptz,
  beoordelaar                 text,
  beoordeeld_op               timestamptz,
  afgewezen_toelichting       text,
  beslist_op                  timestamptz,
  nieuwe_beschikking_id       bigint REFERENCES beschikking (id),
  ingebrekestelling_op        date,                                  -- Awb 4:17 lid 3
  ingetrokken_op              timestamptz,
  aangemaakt_op               timestamptz NOT NULL,
  versie                      integer NOT NULL DEFAULT 1 CHECK (versie >= 1),
  CHECK ((verdaagd_op IS NULL) = (verdaging_reden IS NULL)),
  CHECK (hoorzitting IS DISTINCT FROM 'overgeslagen' OR hoorzitting_overslaan_grond IS NOT NULL),
  CHECK (tijdig OR fase NOT IN ('wacht-op-goedkeuring', 'beslist') OR verschoonbaar IS NOT NULL),
  CHECK (coalesce(beslissing IN ('gegrond', 'deels-gegrond'), false)
         = (nieuw_jaarbedrag IS NOT NULL AND bedrag_verschil IS NOT NULL AND nieuwe_regeling IS NOT NULL)),
  CHECK ((nieuw_jaarbedrag IS NULL) = (nieuwe_regeling IS NULL) AND (nieuw_jaarbedrag IS NULL) = (bedrag_verschil IS NULL)),
  CHECK (fase NOT IN ('wacht-op-goedkeuring', 'beslist') OR (beslissing IS NOT NULL AND auteur IS NOT NULL
         AND length(btrim(coalesce(motivering, ''))) > 0)),
  -- Awb 7:2/7:3: no decision without a hearing held or the recorded reason it was skipped
  CHECK (fase <> 'beslist' OR coalesce(hoorzitting, '') IN ('gehouden', 'overgeslagen')),
  CHECK (beoordelaar IS NULL OR beoordelaar <> auteur),
  -- Four-eyes as for maatwerk (migration 013): a decision that changes the amount by more than the
  -- threshold takes effect only with a second person who is not its author.
  CHECK (fase <> 'beslist' OR bedrag_verschil IS NULL
         OR NOT maatwerk_vier_ogen_nodig(0, bedrag_verschil, 'geval')
         OR (beoordelaar IS NOT NULL AND beoordelaar <> auteur AND beoordeeld_op IS NOT NULL)),
  CHECK ((fase = 'beslist') = (beslist_op IS NOT NULL)),
  CHECK ((fase = 'ingetrokken') = (ingetrokken_op IS NOT NULL))
);
CREATE INDEX bezwaar_huishouden ON bezwaar (huishouden_id, id);

-- The contested decisions: every decision of the same letter (Awir 37).
CREATE TABLE bezwaar_beschikking (
  bezwaar_id     bigint NOT NULL REFERENCES bezwaar (id),
  beschikking_id bigint NOT NULL REFERENCES beschikking (id),
  PRIMARY KEY (bezwaar_id, beschikking_id)
);
CREATE INDEX bezwaar_beschikking_beschikking ON bezwaar_beschikking (beschikking_id);

-- A decision version made because an objection was (partly) upheld.
ALTER TABLE beschikking DROP CONSTRAINT beschikking_aanleiding_check;
ALTER TABLE beschikking ADD CONSTRAINT beschikking_aanleiding_check
  CHECK (aanleiding IN ('run', 'wijziging', 'maatwerk', 'bezwaar'));
ALTER TABLE beschikking ADD COLUMN bezwaar_id bigint REFERENCES bezwaar (id);
ALTER TABLE beschikking ADD CONSTRAINT beschikking_bezwaar CHECK ((aanleiding = 'bezwaar') = (bezwaar_id IS NOT NULL));

-- Such a version follows a decided, (partly) upheld objection of the same household that contested
-- a decision of this toeslag and year, with its second person where one is needed.
CREATE FUNCTION beschikking_bezwaar_vier_ogen() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM bezwaar b
     WHERE b.id = NEW.bezwaar_id AND b.huishouden_id = NEW.huishouden_id
       AND b.fase = 'beslist' AND b.beslissing IN ('gegrond', 'deels-gegrond')
       AND b.nieuwe_regeling = NEW.regeling AND b.nieuw_jaarbedrag = NEW.jaarbedrag
       AND (NOT maatwerk_vier_ogen_nodig(0, b.bedrag_verschil, 'geval')
            OR (b.beoordelaar IS NOT NULL AND b.beoordelaar <> b.auteur))
       AND EXISTS (SELECT 1 FROM bezwaar_beschikking bb JOIN beschikking x ON x.id = bb.beschikking_id
                    WHERE bb.bezwaar_id = b.id AND x.regeling = NEW.regeling AND x.jaar = NEW.jaar)
  ) THEN
    RAISE EXCEPTION 'beschikking % (aanleiding bezwaar) has no decided, upheld objection for this household, toeslag and year (four-eyes)',
      NEW.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER beschikking_bezwaar_vier_ogen
  BEFORE INSERT OR UPDATE ON beschikking
  FOR EACH ROW WHEN (NEW.aanleiding = 'bezwaar')
  EXECUTE FUNCTION beschikking_bezwaar_vier_ogen();

-- The objection's own letters (receipt, postponement, decision on the objection), written at once
-- and never changed, as the decision letters of migration 020.
CREATE TABLE bezwaarbrief (
  id              bigserial PRIMARY KEY,
  bezwaar_id      bigint NOT NULL REFERENCES bezwaar (id),
  huishouden_id   bigint NOT NULL,
  soort           text NOT NULL CHECK (soort IN ('ontvangstbevestiging', 'verdaging', 'beslissing-op-bezwaar')),
  sjabloon_id     text NOT NULL CHECK (length(sjabloon_id) BETWEEN 1 AND 100),
  sjabloon_versie integer NOT NULL CHECK (sjabloon_versie >= 1),
  briefdatum      date NOT NULL,
  gegevens        jsonb NOT NULL CHECK (jsonb_typeof(gegevens) = 'object'),
  vastgelegd_op   timestamptz NOT NULL,
  UNIQUE (bezwaar_id, soort)
);
CREATE INDEX bezwaarbrief_huishouden ON bezwaarbrief (huishouden_id);

CREATE FUNCTION bezwaarbrief_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'bezwaarbrief %: een brief verandert niet en wordt niet verwijderd', OLD.id
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;
CREATE TRIGGER bezwaarbrief_onveranderlijk BEFORE UPDATE OR DELETE ON bezwaarbrief
  FOR EACH ROW EXECUTE FUNCTION bezwaarbrief_onveranderlijk();
