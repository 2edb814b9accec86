/**
 * @module
 * A worker: leases partitions of a run until none is left, processing each in one transaction.
 * Several workers (processes, on PostgreSQL) can work on one run at once. When the last partition
 * is done, the run gets its report and status `klaar`.
 *
 * Every partition writes the processing log (Logboek Dataverwerkingen, Logius) in its own
 * transaction: one record per person of every household it processed, with the run's activity
 * from the register, as child spans of one span per partition in the run's trace, and one
 * `handeling` row (actor: the worker, role `systeem`). A rolled-back partition leaves no log; a
 * redone one logs once. A run without its log is not allowed: `logboek.sleutel` is required.
 */
import type { Db, Sql } from '@regelmaat/db';
import type { Wetgeving } from '@regelmaat/law';
import {
  type ActiviteitId,
  activiteitId,
  isSpanId,
  logVerwerkingenBulk,
  nieuweTrace,
  type Sleutel,
  sleutelBytes,
  sluitRunLogboek,
} from '@regelmaat/logboek';
import { LeaseVerloren, leasePartitie, rondAf } from './lease';
import { maakRapport, type RunRapport } from './rapport';
import { type Run, type RunSoort, type Voortgang, voortgang, zorgVoorRunLogboek } from './run';
import type { UitvalDetector } from './uitval-poort';
import { PartitieVerwerker } from './verwerk-partitie';

/** How a worker writes the processing log. */
export interface WerkLogboek {
  /** Pseudonymisation key of the log (≥ 32 bytes): the same the server uses to find a BSN's records. */
  sleutel: Sleutel;
  /** Wall clock for the partitions' start and end in the log; default the system clock. */
  klok?: () => Date;
}

export interface WerkOpties {
  /** Name of this worker (process), recorded on the partitions it leases and as actor in the log. */
  worker: string;
  /** Required: a run without its processing log is not allowed. */
  logboek: WerkLogboek;
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

/** The register's activity and the operation's name per kind of run. */
const LOG_PER_SOORT: Record<RunSoort, { activiteit: ActiviteitId; naam: string }> = {
  voorschot: { activiteit: activiteitId('voorschot-vaststellen'), naam: 'voorschot vaststellen' },
  betaling: { activiteit: activiteitId('maandbetaling'), naam: 'maandbetaling' },
  definitief: { activiteit: activiteitId('definitief-vaststellen'), naam: 'definitief vaststellen' },
};

/**
 * The span id of the first person's log record of partition `nr`: partition nr + 1 in the high four
 * bytes, so each partition has its own range of 2³² consecutive ids and a run's records enter the
 * log's primary key (trace_id, span_id) in ascending order — appended at the right of the index
 * instead of splitting pages in the middle (a run of 1 M households writes ≈ 2.1 M records). A
 * partition that is done again after a rollback reuses its range; the records of the rolled-back
 * attempt do not exist.
 */
export function eersteKindSpanId(nr: number): string {
  if (!Number.isSafeInteger(nr) || nr < 0 || nr >= 0xffff_ffff)
    throw new RangeError(`partitienummer buiten bereik: ${nr}`);
  return `${(nr + 1).toString(16).padStart(8, '0')}00000000`;
}

/** Logs one partition's processing (in the partition's transaction); nothing when it held no one. */
async function logPartitie(
  tx: Sql,
  run: Run,
  nr: number,
  worker: string,
  logboek: WerkLogboek,
  betrokkenen: string[],
  start: Date,
  eind: Date,
): Promise<void> {
  if (betrokkenen.length === 0) return;
  let spanId = nieuweTrace().spanId;
  while (!isSpanId(spanId)) spanId = nieuweTrace().spanId;
  await logVerwerkingenBulk(tx, [
    {
      ...LOG_PER_SOORT[run.soort],
      trace: { traceId: run.traceId, spanId },
      betrokkenen,
      start,
      eind,
      actor: { id: worker, rol: 'systeem' },
      sleutel: logboek.sleutel,
      eersteKindSpanId: eersteKindSpanId(nr),
      runId: run.id,
    },
  ]);
}

export async function werk(
  db: Db,
  run: Run,
  w: Wetgeving,
  uitval: UitvalDetector,
  opties: WerkOpties,
): Promise<WerkUitkomst> {
  if (!opties.logboek?.sleutel) {
    throw new Error(
      'werk: geen sleutel voor het verwerkingenlogboek; een run zonder logboek is niet toegestaan',
    );
  }
  sleutelBytes(opties.logboek.sleutel); // a key that is too short stops the worker before any work
  const klok = opties.logboek.klok ?? (() => new Date());
  const lease = opties.leaseSeconden ?? 60;
  await zorgVoorRunLogboek(db, run);
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
        const begin = klok();
        if (db.kind === 'postgres') await tx.exec(PARTITIE_INSTELLINGEN);
        const u = await verwerker.verwerk(tx, run, p);
        await logPartitie(tx, run, p.nr, opties.worker, opties.logboek, u.betrokkenen, begin, klok());
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

/**
 * Completes the run when every partition is done; returns the report (also when already done).
 * Closers of one run (the last workers, the run command) go one at a time on the run's row: the
 * first builds the subject index of the run's log partition and computes and stores the report;
 * the others find the stored report instead of computing it again.
 */
export async function sluitAf(db: Db, run: Run): Promise<RunRapport | undefined> {
  const v = await voortgang(db, run.id);
  if (v.klaar !== v.totaal) return undefined;
  return db.transaction(async (tx) => {
    const r = await tx.query<{ rapport: RunRapport | string | null }>(
      'SELECT rapport FROM run WHERE id = $1 FOR UPDATE',
      [run.id],
    );
    const opgeslagen = r.rows[0]?.rapport;
    if (opgeslagen)
      return typeof opgeslagen === 'string' ? (JSON.parse(opgeslagen) as RunRapport) : opgeslagen;
    await sluitRunLogboek(tx, run.id);
    const rapport = await maakRapport(tx, run);
    await tx.query(`UPDATE run SET status = 'klaar', klaar_op = now(), rapport = $2::jsonb WHERE id = $1`, [
      run.id,
      JSON.stringify(rapport),
    ]);
    return rapport;
  });
}
