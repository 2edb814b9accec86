-- Batch runs write the processing log (Logboek Dataverwerkingen): one trace per run, a span per
-- partition, a child span per data subject. The run keeps its W3C trace id so the log records of a
-- run (and of a partition redone after a crash) are found under one trace. Runs made before this
-- migration get a trace id too (md5 gives 32 lowercase hex); new runs get theirs from the
-- application (random, @regelmaat/logboek nieuweTrace); the default is only a fallback.
ALTER TABLE run ADD COLUMN trace_id text;
UPDATE run SET trace_id = md5(random()::text || id::text || clock_timestamp()::text) WHERE trace_id IS NULL;
ALTER TABLE run
  ALTER COLUMN trace_id SET DEFAULT md5(random()::text || clock_timestamp()::text),
  ALTER COLUMN trace_id SET NOT NULL,
  ADD CONSTRAINT run_trace_id_check
    CHECK (length(trace_id) = 32 AND trace_id !~ '[^0-9a-f]' AND trace_id <> repeat('0', 32));

-- The same checks as before, written so they cost almost nothing per row. A bounded repetition in
-- a regular expression (`^[0-9a-f]{64}$`) makes PostgreSQL's regex engine expensive: measured
-- with COPY of 110,000 log rows, the four hex checks of `verwerking` cost ≈ 6.5 µs per row (more
-- than the table and both indexes together), the BSN checks ≈ 1–2 µs per fact row. `length(x) = n
-- AND x !~ '[^…]'` accepts exactly the same values (n characters, each from the class) at a fraction.
ALTER TABLE verwerking
  DROP CONSTRAINT verwerking_trace_id_check,
  DROP CONSTRAINT verwerking_span_id_check,
  DROP CONSTRAINT verwerking_parent_span_id_check,
  DROP CONSTRAINT verwerking_data_subject_id_check,
  ADD CONSTRAINT verwerking_trace_id_check
    CHECK (length(trace_id) = 32 AND trace_id !~ '[^0-9a-f]' AND trace_id <> repeat('0', 32)),
  ADD CONSTRAINT verwerking_span_id_check
    CHECK (length(span_id) = 16 AND span_id !~ '[^0-9a-f]' AND span_id <> repeat('0', 16)),
  ADD CONSTRAINT verwerking_parent_span_id_check
    CHECK (length(parent_span_id) = 16 AND parent_span_id !~ '[^0-9a-f]'),
  ADD CONSTRAINT verwerking_data_subject_id_check
    CHECK (length(data_subject_id) = 64 AND data_subject_id !~ '[^0-9a-f]');

ALTER TABLE handeling
  DROP CONSTRAINT handeling_trace_id_check,
  DROP CONSTRAINT handeling_span_id_check,
  ADD CONSTRAINT handeling_trace_id_check CHECK (length(trace_id) = 32 AND trace_id !~ '[^0-9a-f]'),
  ADD CONSTRAINT handeling_span_id_check CHECK (length(span_id) = 16 AND span_id !~ '[^0-9a-f]');

ALTER TABLE feit
  DROP CONSTRAINT feit_persoon_bsn_check,
  ADD CONSTRAINT feit_persoon_bsn_check CHECK (length(persoon_bsn) = 9 AND persoon_bsn !~ '[^0-9]');

ALTER TABLE huishouden
  DROP CONSTRAINT huishouden_bsn_aanvrager_check,
  ADD CONSTRAINT huishouden_bsn_aanvrager_check
    CHECK (length(bsn_aanvrager) = 9 AND bsn_aanvrager !~ '[^0-9]');
