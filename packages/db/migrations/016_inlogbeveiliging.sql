-- Issue 10 (Trust): lockout with backoff per account, and server-side revocation of sessions.
--
-- Failed logins per account, held by the database so that every server process sees the same
-- count (a per-process counter would give an attacker N times the attempts on N processes).
-- `sleutel` is an HMAC of the kind and the name typed (user name or client id), never the typed
-- text itself: a mistyped password in the user-name field does not end up in a table.
-- An attempt is counted *before* the password is checked and cleared when it succeeds, so
-- concurrent guesses cannot slip past the limit while the slow password check runs.
CREATE TABLE inlogpoging (
  soort            text NOT NULL CHECK (soort IN ('medewerker', 'partner')),
  sleutel          text NOT NULL CHECK (sleutel ~ '^[0-9a-f]{64}$'),
  mislukt          integer NOT NULL DEFAULT 0 CHECK (mislukt >= 0),
  geblokkeerd_tot  timestamptz,
  laatste          timestamptz NOT NULL,
  PRIMARY KEY (soort, sleutel)
);
-- Rows quiet for a day count from zero again; they are cleared at the next successful login.
CREATE INDEX inlogpoging_laatste ON inlogpoging (laatste);

-- Sessions ended by logging out before they expired. Tokens are signed and carry their own
-- expiry; a token whose session id is here is refused on every request (API and web), so a copy
-- taken before logout is worthless afterwards. A row can go once its token has expired anyway.
CREATE TABLE sessie_ingetrokken (
  sessie_id      text PRIMARY KEY CHECK (sessie_id ~ '^[A-Za-z0-9_-]{22}$'),
  verloopt       timestamptz NOT NULL,
  ingetrokken_op timestamptz NOT NULL
);
CREATE INDEX sessie_ingetrokken_verloopt ON sessie_ingetrokken (verloopt);
