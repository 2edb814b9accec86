/**
 * @module
 * The processing log of a batch run in a partition of its own (migration 012). A run's partition
 * is made when the run starts and gets its "who processed this BSN" index when the run closes:
 * one sorted build instead of a random insert into an ever larger index for every record (that
 * insert was what slowed the runs down as the log grew). Until the index exists, a lookup by
 * pseudonym reads the running run's partition in full: the same answer, only slower.
 */
import type { Sql } from '@regelmaat/db';
import { isTraceId } from './trace-context';

function partitie(runId: number): string {
  if (!Number.isSafeInteger(runId) || runId < 1) throw new RangeError(`geen run-id: ${runId}`);
  return `verwerking_run_${runId}`;
}

/**
 * Makes the run's partition of the log (nothing when it exists): only the run's trace id, the
 * primary key (trace_id, span_id), append-only like the rest of the log. Call in the transaction
 * that creates the run.
 */
export async function maakRunLogboek(sql: Sql, runId: number, traceId: string): Promise<void> {
  if (!isTraceId(traceId)) throw new RangeError('geen trace id');
  const t = partitie(runId);
  const bestaat = await sql.query('SELECT 1 FROM pg_class WHERE oid = to_regclass($1)', [t]);
  if (bestaat.rows.length > 0) return;
  await sql.exec(`
    CREATE TABLE ${t} PARTITION OF verwerking FOR VALUES IN (${runId});
    ALTER TABLE ${t} ADD PRIMARY KEY (trace_id, span_id),
      ADD CONSTRAINT ${t}_trace CHECK (trace_id = '${traceId}');
    CREATE TRIGGER ${t}_alleen_toevoegen BEFORE UPDATE OR DELETE OR TRUNCATE ON ${t}
      FOR EACH STATEMENT EXECUTE FUNCTION logboek_alleen_toevoegen();`);
}

/**
 * Builds the subject index of the run's partition (nothing when it exists). Call once the run's
 * records are all written, serialised per run (two closers at once would both try to build it).
 */
export async function sluitRunLogboek(sql: Sql, runId: number): Promise<void> {
  const t = partitie(runId);
  await sql.exec(`CREATE INDEX IF NOT EXISTS ${t}_betrokkene ON ${t} USING hash (data_subject_id)`);
}
