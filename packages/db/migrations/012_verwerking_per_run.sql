-- The processing log, one partition per batch run (issue 3: the runs slowed down as the log grew).
--
-- Measured with every statement's duration logged: of a run's work per partition only writing the
-- log grew with the size of the log (definitive run, per 5,000 households: 104 ms at 1 M households,
-- 191 ms at 4 M), everything else stayed flat. The cause is the "who processed this BSN" index:
-- pseudonyms are random, so each record lands on a random page of an ever larger index.
--
-- `verwerking` is now partitioned by `run_id`: 0 for everything that is not a batch run (the API's
-- and the website's records, and all records from before this migration: the former table, now
-- `verwerking_algemeen`, with its indexes and triggers), and a partition per run, made when the run
-- starts (`maakRunLogboek` in @regelmaat/logboek). A run's partition gets its subject index when the
-- run closes: one sorted build instead of millions of random inserts. Until then a lookup by
-- pseudonym reads that one partition in full — correct, only slower, and only while the run is busy.
-- Every partition keeps the primary key (trace_id, span_id); a run's partition accepts only the
-- run's trace id, and run trace ids are unique, so no two partitions can hold the same span.
-- Append-only as before: the parent and every partition refuse UPDATE, DELETE and TRUNCATE.

ALTER TABLE verwerking ADD COLUMN run_id bigint NOT NULL DEFAULT 0;
ALTER TABLE verwerking RENAME TO verwerking_algemeen;
CREATE TABLE verwerking (LIKE verwerking_algemeen INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
  PARTITION BY LIST (run_id);
ALTER TABLE verwerking_algemeen ADD CONSTRAINT verwerking_algemeen_run_id CHECK (run_id = 0);
ALTER TABLE verwerking ATTACH PARTITION verwerking_algemeen FOR VALUES IN (0);
CREATE TRIGGER verwerking_alleen_toevoegen BEFORE UPDATE OR DELETE OR TRUNCATE ON verwerking
  FOR EACH STATEMENT EXECUTE FUNCTION logboek_alleen_toevoegen();

ALTER TABLE run ADD CONSTRAINT run_trace_id_uniek UNIQUE (trace_id);
