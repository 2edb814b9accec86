-- The law a decision was computed with (issue 12, item 3). Every decision stores the version of
-- the parameters it was computed with (`parameter_versie`: SHA-256 of the parameter texts, first
-- 16 hex). Here the texts themselves are kept, content-addressed by that hash, written once by
-- the package that owns decisions (`@regelmaat/beschikking`: INSERT … ON CONFLICT DO NOTHING,
-- when a run starts and before a single decision is written). So a decision is explained and
-- reproduced with its own law after a parameter correction, not with today's.
--
-- `inhoud` is the texts per regeling as the engine loads them ({"algemeen": "…", "zorgtoeslag":
-- "…", …}); reading checks that they hash to `hash`. A kept set never changes: UPDATE, DELETE and
-- TRUNCATE are refused.
--
-- No foreign key from `beschikking.parameter_versie`: the batch run's COPY would pay a lookup per
-- row, and decisions from before this migration refer to sets that were never kept. Their texts are
-- not in the database, so nothing can be backfilled here; such a decision is shown as computed
-- with the law of that time, not kept (and the server keeps the set in force when it starts, so
-- decisions of that version find it).
CREATE TABLE parameterset (
  hash          text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{16}$'),
  inhoud        jsonb NOT NULL CHECK (jsonb_typeof(inhoud) = 'object'),
  vastgelegd_op timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION parameterset_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Een bewaarde parameterset verandert niet: % op % is geweigerd', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER parameterset_onveranderlijk BEFORE UPDATE OR DELETE OR TRUNCATE ON parameterset
  FOR EACH STATEMENT EXECUTE FUNCTION parameterset_onveranderlijk();
