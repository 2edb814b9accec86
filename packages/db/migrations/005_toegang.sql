-- Access control (C15): staff accounts and partner clients. Citizens have no account here: they log
-- in with (simulated) DigiD. Names are synthetic demo names; passwords and secrets are stored only
-- as hashes (packages/toegang: scrypt for passwords, SHA-256 for generated high-entropy secrets).

CREATE TABLE gebruiker (
  id              text PRIMARY KEY,
  gebruikersnaam  text NOT NULL UNIQUE CHECK (gebruikersnaam = lower(gebruikersnaam) AND length(gebruikersnaam) BETWEEN 3 AND 64),
  naam            text NOT NULL,
  rol             text NOT NULL CHECK (rol IN ('behandelaar', 'teamleider', 'beleidsmedewerker', 'auditor')),
  team            text,
  wachtwoord_hash text NOT NULL CHECK (wachtwoord_hash LIKE 'scrypt$%'),
  actief          boolean NOT NULL DEFAULT true,
  aangemaakt_op   timestamptz NOT NULL DEFAULT now()
);

-- An organisation that reports facts through the partner API (client credentials).
CREATE TABLE partner_client (
  client_id     text PRIMARY KEY CHECK (client_id ~ '^[a-z0-9][a-z0-9-]{2,63}$'),
  naam          text NOT NULL,
  soort         text NOT NULL CHECK (soort IN ('kinderopvang', 'verhuurder', 'zorgverzekeraar', 'gemeente')),
  secret_hash   text NOT NULL CHECK (secret_hash LIKE 'sha256$%'),
  actief        boolean NOT NULL DEFAULT true,
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);

-- Which households are a partner's clients: a partner may report facts only about these.
CREATE TABLE partner_klant (
  client_id     text NOT NULL REFERENCES partner_client (client_id),
  huishouden_id bigint NOT NULL REFERENCES huishouden (id),
  gekoppeld_op  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (client_id, huishouden_id)
);
CREATE INDEX partner_klant_huishouden ON partner_klant (huishouden_id);
