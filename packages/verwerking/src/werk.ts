/**
 * @module
 * A worker: leases partitions of a run until none is left, processing each in one transaction.
 * Several workers (processes, on PostgreSQL) can work on one run at once. When the last partition
 * is done, the run gets its report and status `klaar`.
 */
import type { Db } from '@regelmaat/db';
import type { Wetgeving } from '@regelmaat/law';
import { LeaseVerloren, leasePartitie, rondAf } from './lease';
import { maakRapport, type RunRapport } from './rapport';
import { type Run, type Voortgang, voortgang } from './run';
import type { UitvalDetector } from './uitval-poort';
import { PartitieVerwerker } from './verwerk-partitie';

export interface WerkOpties {
  /** Name of this worker (process), recorded on the partitions it leases. */
  worker: string;
  /** Seconds before an unfinished partition may be taken over by another worker. */
  leaseSeconden?: number;
  /** Wait for partitions leased by other workers (which may have died) until the run is done. */
  wachtOpAnderen?: boolean;
  bijVoortgang?: (v: Voortgang) => void;
  /** Called after each partition is committed; tests use it to stop a worker halfway. */
  naPartitie?: (nr: number) => void | Promise<void>;
}

export interface WerkUitkomst {
  partities: number;
  huishoudens: number;
  rapport?: RunRapport;
}

const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Settings for one partition's transaction (PostgreSQL; they end with it).
 * - synchronous_commit off: the commit does not wait for the WAL flush. Should the database server
 *   crash within that moment (≈ 3 × wal_writer_delay), the partition's work *and* its `klaar` mark
 *   are lost together — they are one transaction — so the partition is done again later: still
 *   exactly once, never half. Only a server crash, not a worker crash, can cause this.
 * - work_mem: the facts of a partition (≈ 50,000 rows) are sorted in memory, not on disk.
 */
export const PARTITIE_INSTELLINGEN = "SET LOCAL synchronous_commit = off; SET LOCAL work_mem = '64MB'";

export async function werk(
  db: Db,
  run: Run,
  w: Wetgeving,
  uitval: UitvalDetector,
  opties: WerkOpties,
): Promise<WerkUitkomst> {
  const lease = opties.leaseSeconden ?? 60;
  const verwerker = new PartitieVerwerker(w, uitval);
  let partities = 0;
  let huishoudens = 0;
  for (;;) {
    const p = await leasePartitie(db, run.id, opties.worker, lease);
    if (!p) {
      const v = await voortgang(db, run.id);
      if (v.klaar === v.totaal || !opties.wachtOpAnderen) break;
      await slaap(Math.min(1000, lease * 250)); // a partition is leased elsewhere: wait for it or its lease to expire
      continue;
    }
    const start = performance.now();
    try {
      const n = await db.transaction(async (tx) => {
        if (db.kind === 'postgres') await tx.exec(PARTITIE_INSTELLINGEN);
        const u = await verwerker.verwerk(tx, run, p);
        await rondAf(tx, p, opties.worker, u.huishoudens, performance.now() - start);
        return u.huishoudens;
      });
      partities++;
      huishoudens += n;
    } catch (e) {
      if (e instanceof LeaseVerloren) continue;
      throw e;
    }
    await opties.naPartitie?.(p.nr);
    opties.bijVoortgang?.(await voortgang(db, run.id));
  }
  const rapport = await sluitAf(db, run);
  return { partities, huishoudens, ...(rapport ? { rapport } : {}) };
}

/** Completes the run when every partition is done; returns the report (also when already done). */
export async function sluitAf(db: Db, run: Run): Promise<RunRapport | undefined> {
  const v = await voortgang(db, run.id);
  if (v.klaar !== v.totaal) return undefined;
  const rapport = await maakRapport(db, run);
  await db.query(
    `UPDATE run SET status = 'klaar', klaar_op = COALESCE(klaar_op, now()), rapport = COALESCE(rapport, $2::jsonb) WHERE id = $1`,
    [run.id, JSON.stringify(rapport)],
  );
  return rapport;
}
