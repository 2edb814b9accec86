-- Letters (issue 13): every decision version has a letter. A letter is data — the template id and
-- version, the data it was filled with, its kind and its letter date — rendered on demand as a PDF
-- and an HTML page by @regelmaat/brieven. Owned by @regelmaat/brief-opslag.
--
-- Rows are written lazily: a batch run writes only its decisions (no letter row, no rendering), and
-- the letter of a decision is materialised the first time someone opens it, from the decision's own
-- stored snapshot (its row and the dossier as known at its bekend_op), so the data is the same
-- whenever that happens. Once written, the data is fixed: a later template version changes no
-- stored letter, and the PDF's hash, once recorded when the letter is sent, is never changed.
CREATE TABLE brief (
  beschikking_id  bigint PRIMARY KEY REFERENCES beschikking (id),
  beschikking_versie integer NOT NULL CHECK (beschikking_versie >= 1),  -- 1 + the versions before it
  huishouden_id   bigint NOT NULL,
  soort           text NOT NULL CHECK (soort IN ('voorschot', 'wijziging', 'maatwerk', 'definitieve-berekening')),
  sjabloon_id     text NOT NULL CHECK (length(sjabloon_id) BETWEEN 1 AND 100),
  sjabloon_versie integer NOT NULL CHECK (sjabloon_versie >= 1),
  briefdatum      date NOT NULL,
  gegevens        jsonb NOT NULL CHECK (jsonb_typeof(gegevens) = 'object'),
  vastgelegd_op   timestamptz NOT NULL,
  verzonden_op    timestamptz,
  pdf_sha256      text CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
  CHECK ((verzonden_op IS NULL) = (pdf_sha256 IS NULL))
);
CREATE INDEX brief_huishouden ON brief (huishouden_id);

-- A letter's data never changes; its sending is recorded once.
CREATE FUNCTION brief_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'brief %: een brief wordt niet verwijderd', OLD.beschikking_id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.beschikking_id <> OLD.beschikking_id OR NEW.huishouden_id <> OLD.huishouden_id
     OR NEW.beschikking_versie <> OLD.beschikking_versie
     OR NEW.soort <> OLD.soort OR NEW.sjabloon_id <> OLD.sjabloon_id
     OR NEW.sjabloon_versie <> OLD.sjabloon_versie OR NEW.briefdatum <> OLD.briefdatum
     OR NEW.gegevens <> OLD.gegevens OR NEW.vastgelegd_op <> OLD.vastgelegd_op THEN
    RAISE EXCEPTION 'brief %: de gegevens van een brief veranderen niet', OLD.beschikking_id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.pdf_sha256 IS NOT NULL AND (NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256
     OR NEW.verzonden_op IS DISTINCT FROM OLD.verzonden_op) THEN
    RAISE EXCEPTION 'brief %: de verzending is al vastgelegd', OLD.beschikking_id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER brief_onveranderlijk BEFORE UPDATE OR DELETE ON brief
  FOR EACH ROW EXECUTE FUNCTION brief_onveranderlijk();
