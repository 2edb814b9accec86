-- Prevention (issue 16): partner reports that recompute and tell, and messages in the portal.
--
-- 1. A childcare provider's report carries, besides the hours, the average hourly rate and the end
--    date of the contract (Awir art. 38 lid 4/5 under b–e; the end date is the deregistration). A
--    report is compared with what the parent said: a deregistration ends the childcare and
--    recomputes the advance; hours or a rate that clearly differ open a case with both values
--    (`opvang-afwijking`, team uitval) and change nothing. Owned by @regelmaat/diensten.
ALTER TABLE partner_melding ADD COLUMN uurprijs numeric(8, 2) CHECK (uurprijs >= 0);
ALTER TABLE partner_melding ADD COLUMN einddatum date;
ALTER TABLE partner_melding DROP CONSTRAINT partner_melding_uitkomst_check;
ALTER TABLE partner_melding ADD CONSTRAINT partner_melding_uitkomst_check
  CHECK (uitkomst IN ('verwerkt', 'al-bekend', 'verouderd', 'conflict', 'afwijking', 'herberekend'));
ALTER TABLE partner_melding DROP CONSTRAINT partner_melding_check;
ALTER TABLE partner_melding ADD CONSTRAINT partner_melding_zaak
  CHECK ((uitkomst IN ('conflict', 'afwijking')) = (zaak_id IS NOT NULL));

-- The case type for a report that contradicts what the parent said; mirrors ZAAKTYPEN in
-- packages/zaken/src/zaaktypen.ts (a test keeps them equal).
INSERT INTO zaaktype (id, naam, servicenorm_dagen, team) VALUES
  ('opvang-afwijking', 'Melding van de kinderopvang wijkt af van de opgave van de ouder', 14, 'uitval');
ALTER TABLE zaak DROP CONSTRAINT zaak_soort;
ALTER TABLE zaak ADD CONSTRAINT zaak_soort CHECK (soort IN (
  'uitval-controle', 'maatwerk-verzoek', 'hoorzitting-terugvordering', 'contactverzoek', 'partner-verificatie',
  'partner-conflict', 'kot-tabel-onzeker', 'bezwaar', 'opvang-afwijking'));

-- 2. Messages in the citizen's portal ("Berichten"): what changed, who reported it, what to do if it
--    is wrong. A message is data (its kind and the values it states); the portal words it (B1). One
--    message per `sleutel` (the event it tells about), so a repeated report sends nothing again.
--    Only `gelezen_op` ever changes, once. Owned by @regelmaat/brief-opslag.
CREATE TABLE bericht (
  id            bigserial PRIMARY KEY,
  huishouden_id bigint NOT NULL REFERENCES huishouden (id),
  soort         text NOT NULL CHECK (soort ~ '^[a-z][a-z-]{0,39}$'),
  sleutel       text NOT NULL UNIQUE CHECK (length(sleutel) BETWEEN 1 AND 200),
  gegevens      jsonb NOT NULL CHECK (jsonb_typeof(gegevens) = 'object'),
  verzonden_op  timestamptz NOT NULL,
  gelezen_op    timestamptz CHECK (gelezen_op >= verzonden_op)
);
CREATE INDEX bericht_huishouden ON bericht (huishouden_id, id);

CREATE FUNCTION bericht_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'bericht %: een bericht wordt niet verwijderd', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.id <> OLD.id OR NEW.huishouden_id <> OLD.huishouden_id OR NEW.soort <> OLD.soort
     OR NEW.sleutel <> OLD.sleutel OR NEW.gegevens <> OLD.gegevens OR NEW.verzonden_op <> OLD.verzonden_op
     OR (OLD.gelezen_op IS NOT NULL AND NEW.gelezen_op IS DISTINCT FROM OLD.gelezen_op) THEN
    RAISE EXCEPTION 'bericht %: alleen het moment van lezen wordt eenmaal vastgelegd', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER bericht_onveranderlijk BEFORE UPDATE OR DELETE ON bericht
  FOR EACH ROW EXECUTE FUNCTION bericht_onveranderlijk();
