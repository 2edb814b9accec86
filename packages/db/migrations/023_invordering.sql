-- Recovery and back-payment after the definitive calculation (issue 15), owned by
-- @regelmaat/invordering.
--
-- A definitive decision settles the year against the advances (Awir art. 24). Its settlement is
-- stored with it (migration 011); what follows from it is kept here:
--   * `nabetaling`: a back-payment paid (Awir art. 24 lid 1: within four weeks after the
--     dagtekening) — one per definitive decision, with the date it was paid. Payments are simulated
--     (no bank): the date is the moment it is recorded, never later.
--   * `vordering`: a recovery (terugvordering, Awir art. 26) that is collected — one per definitive
--     decision whose recovery is more than the doelmatigheidsgrens (art. 26a), with its last day to
--     pay (art. 28 lid 1: six weeks after the dagtekening; art. 28 lid 3: no Algemene termijnenwet).
--   * `boeking`: the ledger (grootboek) of every recovery: append-only entries — the claim itself,
--     payments, offsets, lowering, interest — each with the date it happened and the moment it was
--     recorded. A balance is a query (the sum of the entries), never a stored number.
-- Written by the definitive run in the partition's transaction (set-based, from the decisions it
-- just wrote), so a decision and what follows from it are one act; a redone partition writes once.

CREATE TABLE nabetaling (
  beschikking_id  bigint PRIMARY KEY REFERENCES beschikking (id),
  huishouden_id   bigint NOT NULL,
  regeling        text NOT NULL,
  jaar            integer NOT NULL,
  bedrag          integer NOT NULL CHECK (bedrag > 0),        -- eurocents
  betaald_op      date NOT NULL,
  geboekt_op      timestamptz NOT NULL,
  CHECK (betaald_op <= (geboekt_op AT TIME ZONE 'UTC')::date)
);
CREATE INDEX nabetaling_huishouden ON nabetaling (huishouden_id);

CREATE TABLE vordering (
  id              bigserial PRIMARY KEY,
  beschikking_id  bigint NOT NULL UNIQUE REFERENCES beschikking (id),
  huishouden_id   bigint NOT NULL,
  regeling        text NOT NULL,
  jaar            integer NOT NULL,
  bedrag          integer NOT NULL CHECK (bedrag > 0),        -- the recovery set (eurocents)
  dagtekening     date NOT NULL,
  betalen_uiterlijk date NOT NULL,
  ontstaan_op     timestamptz NOT NULL,
  CHECK (betalen_uiterlijk = dagtekening + 42)
);
CREATE INDEX vordering_huishouden ON vordering (huishouden_id);

CREATE TABLE boeking (
  id              bigserial PRIMARY KEY,
  vordering_id    bigint NOT NULL REFERENCES vordering (id),
  huishouden_id   bigint NOT NULL,
  soort           text NOT NULL
    CHECK (soort IN ('vordering', 'betaling', 'verrekening', 'vermindering', 'rente')),
  -- + what the person owes more, − less (eurocents). The claim and interest add, the rest lowers.
  bedrag          integer NOT NULL CHECK (bedrag <> 0),
  CHECK ((soort IN ('vordering', 'rente')) = (bedrag > 0)),
  datum           date NOT NULL,                              -- the day it happened
  geboekt_op      timestamptz NOT NULL,                       -- the moment it was recorded
  CHECK (datum <= (geboekt_op AT TIME ZONE 'UTC')::date),
  omschrijving    text CHECK (length(omschrijving) <= 500)
);
CREATE INDEX boeking_vordering ON boeking (vordering_id);
CREATE INDEX boeking_huishouden ON boeking (huishouden_id);
-- One claim entry per recovery.
CREATE UNIQUE INDEX boeking_een_vordering ON boeking (vordering_id) WHERE soort = 'vordering';

-- Append-only: entries, recoveries and back-payments are never changed or deleted; a correction is
-- a new entry.
CREATE FUNCTION invordering_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%: wordt niet gewijzigd of verwijderd (alleen toevoegen)', TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;
CREATE TRIGGER boeking_alleen_toevoegen BEFORE UPDATE OR DELETE ON boeking
  FOR EACH ROW EXECUTE FUNCTION invordering_alleen_toevoegen();
CREATE TRIGGER vordering_alleen_toevoegen BEFORE UPDATE OR DELETE ON vordering
  FOR EACH ROW EXECUTE FUNCTION invordering_alleen_toevoegen();
CREATE TRIGGER nabetaling_alleen_toevoegen BEFORE UPDATE OR DELETE ON nabetaling
  FOR EACH ROW EXECUTE FUNCTION invordering_alleen_toevoegen();
