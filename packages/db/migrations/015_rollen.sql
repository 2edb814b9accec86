-- Two database roles (issue 10, item 9): migrations run as the owner of the schema; the
-- application connects as a role with only the rights it needs. On the processing log
-- (`verwerking` with its partitions, and `handeling`) that is INSERT and SELECT: the application
-- role cannot DROP, DETACH, ALTER, TRUNCATE, UPDATE or DELETE it, because only the owner may
-- change a table's definition and those privileges are not granted. (The append-only triggers of
-- migration 006 stay as a second line, also for the owner.)
--
-- A run's partition of the log is made when the run starts and indexed when it closes — DDL,
-- which needs the owner. So both are done by functions owned by the owner, SECURITY DEFINER with
-- a fixed search_path (this schema, then pg_temp), that accept only a run id and a trace id and
-- build every name from them; only the roles the grant function names may call them.
--
-- `regelmaat_verleen_app_rechten(rol)` grants a role the application's rights in this schema;
-- `openDb` calls it (as the owner, REGELMAAT_EIGENAAR_URL) after migrating, for the role of
-- DATABASE_URL, so tables of later migrations are covered too. On PGlite (one user, a superuser)
-- none of this restricts anything; the functions exist there as well so the code is the same.

CREATE FUNCTION maak_run_logboek(p_run_id bigint, p_trace_id text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  t text;
BEGIN
  IF p_run_id IS NULL OR p_run_id < 1 THEN
    RAISE EXCEPTION 'geen run-id: %', p_run_id USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_trace_id IS NULL OR p_trace_id !~ '^[0-9a-f]{32}$' OR p_trace_id = repeat('0', 32) THEN
    RAISE EXCEPTION 'geen trace id' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  t := 'verwerking_run_' || p_run_id;
  IF to_regclass(quote_ident(t)) IS NOT NULL THEN
    RETURN;
  END IF;
  EXECUTE format('CREATE TABLE %I PARTITION OF verwerking FOR VALUES IN (%s)', t, p_run_id);
  EXECUTE format('ALTER TABLE %I ADD PRIMARY KEY (trace_id, span_id), ADD CONSTRAINT %I CHECK (trace_id = %L)',
    t, t || '_trace', p_trace_id);
  EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE OR TRUNCATE ON %I '
    'FOR EACH STATEMENT EXECUTE FUNCTION logboek_alleen_toevoegen()', t || '_alleen_toevoegen', t);
END
$$;

CREATE FUNCTION sluit_run_logboek(p_run_id bigint) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  t text;
BEGIN
  IF p_run_id IS NULL OR p_run_id < 1 THEN
    RAISE EXCEPTION 'geen run-id: %', p_run_id USING ERRCODE = 'invalid_parameter_value';
  END IF;
  t := 'verwerking_run_' || p_run_id;
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I USING hash (data_subject_id)', t || '_betrokkene', t);
END
$$;

-- A fixed search_path: this schema (named now, when the owner migrates it), then pg_temp last,
-- so nothing the caller puts on its search_path or in pg_temp can stand in for a table or function.
DO $$
BEGIN
  EXECUTE format('ALTER FUNCTION maak_run_logboek(bigint, text) SET search_path = %I, pg_temp', current_schema());
  EXECUTE format('ALTER FUNCTION sluit_run_logboek(bigint) SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION maak_run_logboek(bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION sluit_run_logboek(bigint) FROM PUBLIC;

CREATE FUNCTION regelmaat_verleen_app_rechten(rol name) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  s text := current_schema();
  r record;
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, rol);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, rol);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, rol);
  -- The processing log and the migration record: read and append only. Run partitions get no
  -- rights of their own: the application writes and reads them through `verwerking`.
  FOR r IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = s AND c.relkind IN ('r', 'p')
       AND (c.relname IN ('verwerking', 'handeling', 'schema_migratie') OR c.relname LIKE 'verwerking\_%')
  LOOP
    EXECUTE format('REVOKE ALL ON %I.%I FROM %I', s, r.relname, rol);
    IF r.relname IN ('verwerking', 'handeling') THEN
      EXECUTE format('GRANT SELECT, INSERT ON %I.%I TO %I', s, r.relname, rol);
    ELSIF r.relname = 'schema_migratie' THEN
      EXECUTE format('GRANT SELECT ON %I.%I TO %I', s, r.relname, rol);
    END IF;
  END LOOP;
  EXECUTE format('GRANT EXECUTE ON FUNCTION %I.maak_run_logboek(bigint, text) TO %I', s, rol);
  EXECUTE format('GRANT EXECUTE ON FUNCTION %I.sluit_run_logboek(bigint) TO %I', s, rol);
END
$$;
REVOKE ALL ON FUNCTION regelmaat_verleen_app_rechten(name) FROM PUBLIC;
