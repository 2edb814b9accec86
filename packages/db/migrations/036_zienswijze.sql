-- The zienswijze before a high recovery (issue 15, Awir art. 26b), owned by @regelmaat/invordering.
--
-- A definitive run holds the decisions of a household whose recovery is € 1,500 or more and opens
-- a `hoorzitting-terugvordering` case (exception rule HOGE_TERUGVORDERING). In the same partition
-- transaction it now also writes the zienswijze letter as data (`zienswijze`): the calculation per
-- toeslag and the last day to respond — set-based, one row per case, no rendering in the run.
-- The person responds in the portal, or a case worker records a response given by phone
-- (`zienswijze_reactie`). The case worker then decides (`zienswijze_afronding`): unchanged or
-- lowered through the existing maatwerk with four-eyes (Awir art. 13b, 26 lid 2). Deciding writes a
-- decision version with aanleiding 'zienswijze' for every toeslag still held (same amount, its own
-- date: the recovery letter goes out now) and books the recoveries. All three tables are append-only.

CREATE TABLE zienswijze (
  id                 bigserial PRIMARY KEY,
  zaak_id            bigint NOT NULL UNIQUE REFERENCES zaak (id),
  huishouden_id      bigint NOT NULL,
  jaar               integer NOT NULL,
  terug_te_vorderen  integer NOT NULL CHECK (terug_te_vorderen > 0),   -- eurocents, the total intended
  sjabloon_id        text NOT NULL CHECK (length(sjabloon_id) BETWEEN 1 AND 100),
  sjabloon_versie    integer NOT NULL CHECK (sjabloon_versie >= 1),
  briefdatum         date NOT NULL,
  reageren_uiterlijk date NOT NULL,
  CHECK (reageren_uiterlijk > briefdatum),
  -- The calculation per toeslag: [{regeling, beschikkingId, voorschot, jaarbedrag, terug}].
  berekening         jsonb NOT NULL CHECK (jsonb_typeof(berekening) = 'array'),
  vastgelegd_op      timestamptz NOT NULL
);
CREATE INDEX zienswijze_huishouden ON zienswijze (huishouden_id);

CREATE TABLE zienswijze_reactie (
  id             bigserial PRIMARY KEY,
  zienswijze_id  bigint NOT NULL REFERENCES zienswijze (id),
  kanaal         text NOT NULL CHECK (kanaal IN ('portaal', 'telefoon')),
  tekst          text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 4000),
  -- The staff member who wrote down a phone response; NULL when the person wrote it in the portal.
  vastgelegd_door text CHECK (vastgelegd_door IS NULL OR length(vastgelegd_door) BETWEEN 1 AND 100),
  CHECK ((kanaal = 'telefoon') = (vastgelegd_door IS NOT NULL)),
  ontvangen_op   timestamptz NOT NULL
);
CREATE INDEX zienswijze_reactie_zienswijze ON zienswijze_reactie (zienswijze_id);

CREATE TABLE zienswijze_afronding (
  zienswijze_id  bigint PRIMARY KEY REFERENCES zienswijze (id),
  uitkomst       text NOT NULL CHECK (uitkomst IN ('ongewijzigd', 'verlaagd')),
  motivering     text NOT NULL CHECK (length(motivering) BETWEEN 1 AND 4000),
  door           text NOT NULL CHECK (length(door) BETWEEN 1 AND 100),
  afgerond_op    timestamptz NOT NULL
);

CREATE TRIGGER zienswijze_alleen_toevoegen BEFORE UPDATE OR DELETE ON zienswijze
  FOR EACH ROW EXECUTE FUNCTION invordering_alleen_toevoegen();
CREATE TRIGGER zienswijze_reactie_alleen_toevoegen BEFORE UPDATE OR DELETE ON zienswijze_reactie
  FOR EACH ROW EXECUTE FUNCTION invordering_alleen_toevoegen();
CREATE TRIGGER zienswijze_afronding_alleen_toevoegen BEFORE UPDATE OR DELETE ON zienswijze_afronding
  FOR EACH ROW EXECUTE FUNCTION invordering_alleen_toevoegen();

-- A decision version written when the zienswijze is decided and the held decision goes out unchanged.
ALTER TABLE beschikking DROP CONSTRAINT beschikking_aanleiding_check;
ALTER TABLE beschikking ADD CONSTRAINT beschikking_aanleiding_check
  CHECK (aanleiding IN ('run', 'wijziging', 'maatwerk', 'bezwaar', 'zienswijze'));
