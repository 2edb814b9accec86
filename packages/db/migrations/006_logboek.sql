-- Processing log (C15) in the shape of the Logboek Dataverwerkingen standard (Logius), which is
-- modelled on OpenTelemetry spans. One row per data subject per processing operation, as a child
-- span of the operation's span. The table holds no BSN: data_subject_id is a keyed pseudonym
-- (HMAC-SHA256 of the BSN), so a BSN can be looked up by computing the same pseudonym.
-- Per the standard's design decisions there is no user identity in the log records and no delete
-- interface; who acted is kept in `handeling`, joined on the trace, span, name and start.
-- Both tables are append-only: the database itself refuses UPDATE, DELETE and TRUNCATE.

CREATE TABLE verwerking (
  trace_id                 text NOT NULL CHECK (trace_id ~ '^[0-9a-f]{32}$' AND trace_id <> repeat('0', 32)),
  span_id                  text NOT NULL CHECK (span_id ~ '^[0-9a-f]{16}$' AND span_id <> repeat('0', 16)),
  parent_span_id           text CHECK (parent_span_id ~ '^[0-9a-f]{16}$'),
  name                     text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  start_time               timestamptz NOT NULL,
  end_time                 timestamptz NOT NULL CHECK (end_time >= start_time),
  status_code              smallint NOT NULL CHECK (status_code IN (0, 1, 2)),  -- 0 unset, 1 ok, 2 error
  processing_activity_id   text NOT NULL CHECK (processing_activity_id LIKE 'https://%'),
  data_subject_id          text NOT NULL CHECK (data_subject_id ~ '^[0-9a-f]{64}$'),
  data_subject_id_type     text NOT NULL CHECK (data_subject_id_type IN ('BSN')),
  resource_service_name    text NOT NULL,
  resource_service_version text NOT NULL,
  -- The operation in another organisation's log this one follows from: {trace_id, span_id, entity}.
  foreign_operation        jsonb CHECK (
    foreign_operation IS NULL
    OR (foreign_operation ? 'trace_id' AND foreign_operation ? 'span_id' AND foreign_operation ? 'entity')),
  PRIMARY KEY (trace_id, span_id)
);
CREATE INDEX verwerking_betrokkene ON verwerking (data_subject_id, start_time DESC);

-- The application's own audit of who acted: one row per logged operation. An operation is the
-- parent span of its per-subject rows plus its name and start, so (trace_id, span_id, actie, op)
-- joins to verwerking (trace_id, parent_span_id, name, start_time). Ids that look like a BSN are
-- pseudonymised by the writer.
CREATE TABLE handeling (
  trace_id   text NOT NULL CHECK (trace_id ~ '^[0-9a-f]{32}$'),
  span_id    text NOT NULL CHECK (span_id ~ '^[0-9a-f]{16}$'),
  actor_id   text NOT NULL CHECK (length(actor_id) BETWEEN 1 AND 200),
  actor_rol  text NOT NULL CHECK (actor_rol ~ '^[a-z][a-z-]*$'),
  actie      text NOT NULL CHECK (length(actie) BETWEEN 1 AND 200),
  op         timestamptz NOT NULL,
  PRIMARY KEY (trace_id, span_id, actie, op)
);

CREATE FUNCTION logboek_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Het verwerkingenlogboek is alleen-toevoegen: % op % is geweigerd', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER verwerking_alleen_toevoegen BEFORE UPDATE OR DELETE OR TRUNCATE ON verwerking
  FOR EACH STATEMENT EXECUTE FUNCTION logboek_alleen_toevoegen();
CREATE TRIGGER handeling_alleen_toevoegen BEFORE UPDATE OR DELETE OR TRUNCATE ON handeling
  FOR EACH STATEMENT EXECUTE FUNCTION logboek_alleen_toevoegen();
