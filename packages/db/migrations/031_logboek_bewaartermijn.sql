-- Retention of the processing log (issue 19): the register's retention periods (bewaartermijn per
-- activity, AVG art. 5 lid 1 onder e, art. 30 lid 1 onder f) applied by a job, through one
-- dedicated path that only the schema's owner can take.
--
-- The append-only triggers of migrations 006/012/015 keep refusing every UPDATE, DELETE and
-- TRUNCATE — also the owner's — except a DELETE inside `logboek_bewaartermijn_toepassen`: that
-- function sets a transaction-local flag the trigger function checks, together with the caller
-- being the owner of the table. The application role (DATABASE_URL) has no DELETE privilege on
-- the log (migration 015) and no EXECUTE on the function (revoked from PUBLIC, never granted), so
-- it cannot take this path either. On PGlite (one user) the function is the only way a delete
-- passes the trigger.
--
-- Every application of a period leaves a row in `logboek_opschoning` (append-only as well): which
-- activity, the first moment still kept (grens), how many records and actions were removed, when.
-- One row per (activity, grens): a rerun with the same grens removes nothing more and records
-- nothing twice.

CREATE TABLE logboek_opschoning (
  id                     bigserial PRIMARY KEY,
  processing_activity_id text NOT NULL CHECK (processing_activity_id LIKE 'https://%'),
  bewaartermijn          text NOT NULL CHECK (bewaartermijn ~ '^P([0-9]+Y)?([0-9]+M)?([0-9]+D)?$'),
  grens                  timestamptz NOT NULL,
  verwerkingen           bigint NOT NULL CHECK (verwerkingen >= 0),
  uitgevoerd_op          timestamptz NOT NULL,
  UNIQUE (processing_activity_id, grens)
);
CREATE TRIGGER logboek_opschoning_alleen_toevoegen BEFORE UPDATE OR DELETE OR TRUNCATE ON logboek_opschoning
  FOR EACH STATEMENT EXECUTE FUNCTION logboek_alleen_toevoegen();

CREATE OR REPLACE FUNCTION logboek_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND TG_TABLE_NAME <> 'logboek_opschoning'
     AND current_setting('regelmaat.logboek_bewaartermijn', true) = 'aan'
     AND pg_has_role(current_user,
           (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'USAGE') THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'Het verwerkingenlogboek is alleen-toevoegen: % op % is geweigerd', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Removes the records of one activity that ended before p_grens, and the actions (`handeling`)
-- none of whose records is left, then records that it did. Returns the number of records removed
-- (0 when this activity and grens were applied before).
CREATE FUNCTION logboek_bewaartermijn_toepassen(
  p_activiteit text, p_bewaartermijn text, p_grens timestamptz, p_op timestamptz) RETURNS bigint
  LANGUAGE plpgsql AS $$
DECLARE
  n bigint;
BEGIN
  IF p_activiteit IS NULL OR p_activiteit NOT LIKE 'https://%' THEN
    RAISE EXCEPTION 'geen verwerkingsactiviteit: %', p_activiteit USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_grens IS NULL OR p_op IS NULL OR p_grens > p_op THEN
    RAISE EXCEPTION 'de grens ligt na het moment van opschonen' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF EXISTS (SELECT 1 FROM logboek_opschoning WHERE processing_activity_id = p_activiteit AND grens = p_grens) THEN
    RETURN 0;
  END IF;
  PERFORM set_config('regelmaat.logboek_bewaartermijn', 'aan', true);
  DELETE FROM verwerking WHERE processing_activity_id = p_activiteit AND end_time < p_grens;
  GET DIAGNOSTICS n = ROW_COUNT;
  DELETE FROM handeling h
   WHERE h.op < p_grens
     AND NOT EXISTS (SELECT 1 FROM verwerking v
                      WHERE v.trace_id = h.trace_id AND v.parent_span_id = h.span_id
                        AND v.name = h.actie AND v.start_time = h.op);
  PERFORM set_config('regelmaat.logboek_bewaartermijn', '', true);
  INSERT INTO logboek_opschoning (processing_activity_id, bewaartermijn, grens, verwerkingen, uitgevoerd_op)
  VALUES (p_activiteit, p_bewaartermijn, p_grens, n, p_op);
  RETURN n;
END
$$;
REVOKE ALL ON FUNCTION logboek_bewaartermijn_toepassen(text, text, timestamptz, timestamptz) FROM PUBLIC;

-- The application role reads the record of retention but never writes it (only the function does,
-- as the owner): the grant function of migration 015, with `logboek_opschoning` read-only.
CREATE OR REPLACE FUNCTION regelmaat_verleen_app_rechten(rol name) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  s text := current_schema();
  r record;
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, rol);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, rol);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, rol);
  -- The processing log and the migration record: read and append only; the record of retention
  -- (migration 031) read only. Run partitions get no
  -- rights of their own: the application writes and reads them through `verwerking`.
  FOR r IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = s AND c.relkind IN ('r', 'p')
       AND (c.relname IN ('verwerking', 'handeling', 'schema_migratie', 'logboek_opschoning') OR c.relname LIKE 'verwerking\_%')
  LOOP
    EXECUTE format('REVOKE ALL ON %I.%I FROM %I', s, r.relname, rol);
    IF r.relname IN ('verwerking', 'handeling') THEN
      EXECUTE format('GRANT SELECT, INSERT ON %I.%I TO %I', s, r.relname, rol);
    ELSIF r.relname IN ('schema_migratie', 'logboek_opschoning') THEN
      EXECUTE format('GRANT SELECT ON %I.%I TO %I', s, r.relname, rol);
    END IF;
  END LOOP;
  EXECUTE format('GRANT EXECUTE ON FUNCTION %I.maak_run_logboek(bigint, text) TO %I', s, rol);
  EXECUTE format('GRANT EXECUTE ON FUNCTION %I.sluit_run_logboek(bigint) TO %I', s, rol);
END
$$;
