-- Documents sent with an objection (issue 14): PDF, JPEG or PNG files a citizen uploads with the
-- objection in the portal, or a case worker with one registered from the post. Owned by
-- @regelmaat/zaken (the owner of `bezwaar`). The type is the one the file's own first bytes show
-- (checked by the service, never the name); the size and the SHA-256 hash are of the stored bytes.
-- A document is kept as it came in: never changed, never deleted (like `bezwaarbrief`).
CREATE TABLE bezwaar_stuk (
  id            bigserial PRIMARY KEY,
  bezwaar_id    bigint NOT NULL REFERENCES bezwaar (id),
  huishouden_id bigint NOT NULL REFERENCES huishouden (id),
  bestandsnaam  text NOT NULL CHECK (length(bestandsnaam) BETWEEN 1 AND 200),
  inhoudstype   text NOT NULL CHECK (inhoudstype IN ('application/pdf', 'image/jpeg', 'image/png')),
  grootte       integer NOT NULL CHECK (grootte > 0),
  sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  inhoud        bytea NOT NULL CHECK (octet_length(inhoud) = grootte),
  geupload_op   timestamptz NOT NULL,
  -- who uploaded it: the citizen ('burger') or the staff member's id
  geupload_door text NOT NULL CHECK (length(geupload_door) BETWEEN 1 AND 100)
);
CREATE INDEX bezwaar_stuk_bezwaar ON bezwaar_stuk (bezwaar_id, id);

CREATE FUNCTION bezwaar_stuk_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'bezwaar_stuk %: een stuk verandert niet en wordt niet verwijderd', OLD.id
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;
CREATE TRIGGER bezwaar_stuk_onveranderlijk BEFORE UPDATE OR DELETE ON bezwaar_stuk
  FOR EACH ROW EXECUTE FUNCTION bezwaar_stuk_onveranderlijk();
