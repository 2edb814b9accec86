/**
 * @module
 * The processing log of a batch run in a partition of its own (migration 012). A run's partition
 * is made when the run starts and gets its "who processed this BSN" index when the run closes:
 * one sorted build instead of a random insert into an ever larger index for every record (that
 * insert was what slowed the runs down as the log grew). Until the index exists, a lookup by
 * pseudonym reads the running run's partition in full: the same answer, only slower.
 *
 * Both are DDL, which only the owner of the schema may do; the application's database role may
 * only insert into and read the log (migration 015). So both go through functions the owner
 * defined (`maak_run_logboek`, `sluit_run_logboek`: SECURITY DEFINER, fixed search_path), which
 * build every name from the run id themselves.
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
  partitie(runId);
  // The partition: only the run's trace id, primary key (trace_id, span_id), append-only trigger.
  await sql.query('SELECT maak_run_logboek($1::bigint, $2::text)', [runId, traceId]);
}

/**
 * Builds the subject index of the run's partition (nothing when it exists). Call once the run's
 * records are all written, serialised per run (two closers at once would both try to build it).
 */
export async function sluitRunLogboek(sql: Sql, runId: number): Promise<void> {
  partitie(runId);
  await sql.query('SELECT sluit_run_logboek($1::bigint)', [runId]);
}
