/**
 * @module
 * Leasing partitions: a worker takes one open partition (or one whose lease has expired, e.g.
 * because its worker died) with FOR UPDATE SKIP LOCKED, so two workers never take the same one.
 * The partition's work and its completion are committed in one transaction; a worker whose lease
 * was taken over meanwhile rolls back (LeaseVerloren), so nothing is written twice.
 *
 * While a worker works on a partition it renews the lease with a heartbeat (`verlengLease`,
 * every third of the lease time), so a long partition keeps its lease and the lease time can be
 * short: a worker that dies stops renewing, and its partition is taken over within one lease time.
 * A worker also takes back its own unfinished partition (after its database connection dropped
 * and the transaction was rolled back), without waiting for its lease to expire.
 */
import type { Sql } from '@regelmaat/db';

export interface Partitie {
  runId: number;
  nr: number;
  vanId: number;
  totId: number;
  pogingen: number;
}

export class LeaseVerloren extends Error {
  override readonly name = 'LeaseVerloren';
}

export async function leasePartitie(
  sql: Sql,
  runId: number,
  worker: string,
  leaseSeconden: number,
): Promise<Partitie | undefined> {
  const r = await sql.query<{ run_id: string; nr: number; van_id: string; tot_id: string; pogingen: number }>(
    `UPDATE run_partitie p SET status = 'bezig', worker = $2, lease_tot = now() + make_interval(secs => $3), pogingen = p.pogingen + 1
      WHERE (p.run_id, p.nr) = (
        SELECT run_id, nr FROM run_partitie
         WHERE run_id = $1
           AND (status = 'open' OR (status = 'bezig' AND (lease_tot < now() OR worker = $2)))
         ORDER BY nr LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING p.run_id, p.nr, p.van_id, p.tot_id, p.pogingen`,
    [runId, worker, leaseSeconden],
  );
  const p = r.rows[0];
  return p
    ? {
        runId: Number(p.run_id),
        nr: p.nr,
        vanId: Number(p.van_id),
        totId: Number(p.tot_id),
        pogingen: p.pogingen,
      }
    : undefined;
}

/** Marks the partition done inside the work's transaction; throws LeaseVerloren when another worker took it over. */
export async function rondAf(
  sql: Sql,
  p: Partitie,
  worker: string,
  huishoudens: number,
  duurMs: number,
): Promise<void> {
  const r = await sql.query(
    `UPDATE run_partitie SET status = 'klaar', huishoudens = $4, duur_ms = $5, klaar_op = now(), lease_tot = NULL
      WHERE run_id = $1 AND nr = $2 AND worker = $3 AND status = 'bezig'`,
    [p.runId, p.nr, worker, huishoudens, Math.round(duurMs)],
  );
  if (r.affectedRows !== 1)
    throw new LeaseVerloren(`partitie ${p.nr} van run ${p.runId} is door een andere worker overgenomen`);
}

/**
 * Renews the lease of a partition this worker holds (the heartbeat); false when it no longer holds
 * it (taken over, or already done). Runs outside the partition's transaction.
 */
export async function verlengLease(
  sql: Sql,
  p: Partitie,
  worker: string,
  leaseSeconden: number,
): Promise<boolean> {
  const r = await sql.query(
    `UPDATE run_partitie SET lease_tot = now() + make_interval(secs => $4)
      WHERE run_id = $1 AND nr = $2 AND worker = $3 AND status = 'bezig'`,
    [p.runId, p.nr, worker, leaseSeconden],
  );
  return r.affectedRows === 1;
}
