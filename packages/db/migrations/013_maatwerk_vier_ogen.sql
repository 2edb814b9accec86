-- Four-eyes for maatwerk in the database (issue 10, item 1). The application computes the standard
-- outcome itself (never from a request) and asks a team lead to approve every decision that needs
-- it; these rules make sure that no other path (a bug, a script, a direct INSERT) can put such a
-- decision into force without a second person.
--
-- The approval threshold: a deviation of more than this many eurocents from the standard outcome
-- (|afwijking_bedrag - standaard_bedrag|) needs a reviewer. The same named value is
-- GOEDKEURINGSDREMPEL in packages/zaken/src/maatwerk-invoer.ts (a test checks that they agree); an
-- organisation may configure a lower threshold in the application, never a higher one.
CREATE FUNCTION maatwerk_goedkeuringsdrempel() RETURNS integer
  LANGUAGE sql IMMUTABLE AS $$ SELECT 50000 $$;  -- eurocents: EUR 500

-- Whether a decision needs a second person: above the threshold, or any remedy meant for more than
-- this one case (level 2 'vergelijkbaar' and level 3 'structureel').
CREATE FUNCTION maatwerk_vier_ogen_nodig(standaard integer, afwijking integer, niveau text) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
    SELECT niveau <> 'geval' OR abs(afwijking::bigint - standaard::bigint) > maatwerk_goedkeuringsdrempel()
  $$;

-- An approved or in-force decision that needs four-eyes has a reviewer who is not its author.
-- NOT VALID: rows recorded before this rule stay as history, but every new row and every change to
-- an old row (e.g. putting an approved one into force) must satisfy it.
ALTER TABLE maatwerkbesluit ADD CONSTRAINT maatwerkbesluit_vier_ogen CHECK (
  status NOT IN ('goedgekeurd', 'van-kracht')
  OR NOT maatwerk_vier_ogen_nodig(standaard_bedrag, afwijking_bedrag, niveau)
  OR (beoordelaar IS NOT NULL AND beoordelaar <> auteur AND beoordeeld_op IS NOT NULL)
) NOT VALID;

-- A decision version made for maatwerk (aanleiding 'maatwerk') follows an approved maatwerk decision
-- (with its second person where one is needed) for the same toeslag and year: of its own household, or of another household whose case got the
-- remedy applied after its own review (level 2, maatwerk_toepassing 'toegepast'; that table already
-- requires a reviewer other than the proposer).
CREATE FUNCTION beschikking_maatwerk_vier_ogen() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM maatwerkbesluit b
     WHERE b.id = NEW.maatwerkbesluit_id
       AND b.status IN ('goedgekeurd', 'van-kracht')
       -- checked here too, so that a decision approved under the old rule (kept by NOT VALID) puts
       -- nothing into force without its second person
       AND (NOT maatwerk_vier_ogen_nodig(b.standaard_bedrag, b.afwijking_bedrag, b.niveau)
            OR (b.beoordelaar IS NOT NULL AND b.beoordelaar <> b.auteur))
       AND b.regeling = NEW.regeling AND b.jaar = NEW.jaar
       AND (b.huishouden_id = NEW.huishouden_id OR EXISTS (
             SELECT 1 FROM maatwerk_toepassing t JOIN zaak z ON z.id = t.zaak_id
              WHERE t.besluit_id = b.id AND t.status = 'toegepast' AND z.huishouden_id = NEW.huishouden_id))
  ) THEN
    RAISE EXCEPTION 'beschikking % (aanleiding maatwerk) has no approved maatwerk decision for this household, toeslag and year (four-eyes)',
      NEW.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

-- WHEN keeps the batch runs (aanleiding 'run', millions of rows) free of any per-row function call.
CREATE TRIGGER beschikking_maatwerk_vier_ogen
  BEFORE INSERT OR UPDATE ON beschikking
  FOR EACH ROW WHEN (NEW.aanleiding = 'maatwerk')
  EXECUTE FUNCTION beschikking_maatwerk_vier_ogen();
