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
 *
 * Resilience (issue 10, item 3): the lease of the partition being worked on is renewed by a
 * heartbeat every third of the lease time (PostgreSQL), so a long partition keeps it and a dead
 * worker's partition is taken over by another within one lease time. A worker waits for
 * partitions leased elsewhere until the run is done (one of those workers may die). When the
 * database connection fails (a terminated backend, a server restart) the partition's transaction
 * rolls back; the worker waits with backoff and takes its own partition up again. The log lines of
 * these events name the partition and the error class only.
 */
import { type Db, isVerbindingsfout, type Sql } from '@regelmaat/db';
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
import { LeaseVerloren, leasePartitie, type Partitie, rondAf, verlengLease } from './lease';
import { maakRapport, type RunRapport } from './rapport';
import {
  controleerVersies,
  type Run,
  type RunSoort,
  type Voortgang,
  voortgang,
  zorgVoorRunLogboek,
} from './run';
import type { UitvalDetector } from './uitval-poort';
import { PartitieVerwerker } from './verwerk-partitie';

/** How a worker writes the processing log. */
export interface WerkLogboek {
  /** Pseudonymisation key of the log (≥ 32 bytes): the same the server uses to find a BSN's records. */
  sleutel: Sleutel;
  /**
   * Wall clock for the partitions' start and end in the log, and the moment the cases a partition
   * opens are recorded at; default the system clock (the log) and the database's clock (the cases).
   */
  klok?: () => Date;
}

export interface WerkOpties {
  /** Name of this worker (process), recorded on the partitions it leases and as actor in the log. */
  worker: string;
  /** Required: a run without its processing log is not allowed. */
  logboek: WerkLogboek;
  /**
   * Seconds before an unfinished partition may be taken over by another worker (default 30). The
   * worker renews it every third of this time while it works on the partition.
   */
  leaseSeconden?: number;
  /**
   * Wait for partitions leased by other workers (which may have died) until the run is done
   * (default true). false: stop when no partition is free now.
   */
  wachtOpAnderen?: boolean;
  /**
   * How long (ms) the worker keeps trying while the database is unreachable before it gives up
   * (default 120,000).
   */
  verbindingGeduldMs?: number;
  /** Where the worker reports connection problems and lost leases (one line, no personal data). */
  melding?: (regel: string) => void;
  bijVoortgang?: (v: Voortgang) => void;
  /** Called after each partition is committed; tests use it to stop a worker halfway. */
  naPartitie?: (nr: number) => void | Promise<void>;
  /**
   * Called inside a partition's transaction after its work, before it is marked done; tests use it
   * to make a partition long or to stop a worker in the middle of one.
   */
  voorAfronden?: (nr: number, tx: Sql) => void | Promise<void>;
}

export interface WerkUitkomst {
  partities: number;
  huishoudens: number;
  rapport?: RunRapport;
}

const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Backoff after the n-th failure in a row: 200 ms, 400 ms, … at most 5 s. */
const wachttijd = (n: number) => Math.min(5_000, 200 * 2 ** Math.min(n - 1, 5));

/**
 * Renews the lease of `p` every third of the lease time until stopped (PostgreSQL; PGlite is one
 * process and serialises transactions, so nobody could take the partition over meanwhile).
 */
function hartslag(
  db: Db,
  p: Partitie,
  worker: string,
  leaseSeconden: number,
  melding: (regel: string) => void,
): () => Promise<void> {
  if (db.kind !== 'postgres') return async () => {};
  let bezig: Promise<void> = Promise.resolve();
  let gestopt = false;
  const timer = setInterval(
    () => {
      if (gestopt) return;
      bezig = bezig.then(async () => {
        try {
          if (!gestopt && !(await verlengLease(db, p, worker, leaseSeconden)))
            melding(`worker ${worker}: lease van partitie ${p.nr} is verloren`);
        } catch (e) {
          melding(`worker ${worker}: lease van partitie ${p.nr} niet verlengd (${(e as Error).name})`);
        }
      });
    },
    Math.max(100, (leaseSeconden * 1000) / 3),
  );
  timer.unref();
  return async () => {
    gestopt = true;
    clearInterval(timer);
    await bezig;
  };
}

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
  // A worker of another engine or parameter version (an older deployment) does not join the run.
  controleerVersies(run, w);
  if (!opties.logboek?.sleutel) {
    throw new Error(
      'werk: geen sleutel voor het verwerkingenlogboek; een run zonder logboek is niet toegestaan',
    );
  }
  sleutelBytes(opties.logboek.sleutel); // a key that is too short stops the worker before any work
  const klok = opties.logboek.klok ?? (() => new Date());
  const lease = opties.leaseSeconden ?? 30;
  const wachtOpAnderen = opties.wachtOpAnderen ?? true;
  const melding = opties.melding ?? ((regel: string) => process.stderr.write(`${regel}\n`));
  const geduld = opties.verbindingGeduldMs ?? 120_000;
  /** Runs `fn`; while the database connection fails, waits with backoff and tries again. */
  async function volhard<T>(waar: string, fn: () => Promise<T>): Promise<T> {
    const sinds = Date.now();
    for (let poging = 1; ; poging++) {
      try {
        return await fn();
      } catch (e) {
        if (!isVerbindingsfout(e) || Date.now() - sinds > geduld) throw e;
        melding(
          `worker ${opties.worker}: database niet bereikbaar bij ${waar} (${(e as Error).name}); opnieuw`,
        );
        await slaap(wachttijd(poging));
      }
    }
  }
  await volhard('start', () => zorgVoorRunLogboek(db, run));
  const verwerker = new PartitieVerwerker(w, uitval);
  let partities = 0;
  let huishoudens = 0;
  let storingen = 0;
  let storingSinds: number | undefined;
  for (;;) {
    const p = await volhard('lease', () => leasePartitie(db, run.id, opties.worker, lease));
    if (!p) {
      const v = await volhard('voortgang', () => voortgang(db, run.id));
      if (v.klaar === v.totaal || !wachtOpAnderen) break;
      await slaap(Math.min(1000, lease * 250)); // a partition is leased elsewhere: wait for it or its lease to expire
      continue;
    }
    const start = performance.now();
    const stopHartslag = hartslag(db, p, opties.worker, lease, melding);
    try {
      const n = await db.transaction(async (tx) => {
        const begin = klok();
        if (db.kind === 'postgres') await tx.exec(PARTITIE_INSTELLINGEN);
        // With a clock of the caller's (a simulated one), what the partition opens is recorded at its start.
        const u = await verwerker.verwerk(tx, run, p, opties.logboek.klok ? begin.toISOString() : undefined);
        await logPartitie(tx, run, p.nr, opties.worker, opties.logboek, u.betrokkenen, begin, klok());
        await opties.voorAfronden?.(p.nr, tx);
        await rondAf(tx, p, opties.worker, u.huishoudens, performance.now() - start);
        return u.huishoudens;
      });
      partities++;
      huishoudens += n;
      storingen = 0;
      storingSinds = undefined;
    } catch (e) {
      if (e instanceof LeaseVerloren) continue;
      // The connection dropped: the transaction rolled back; lease this partition again (it is still ours).
      if (isVerbindingsfout(e)) {
        storingSinds ??= Date.now();
        storingen++;
        if (Date.now() - storingSinds > geduld) throw e;
        melding(
          `worker ${opties.worker}: partitie ${p.nr} teruggedraaid, verbinding verbroken (${(e as Error).name}); opnieuw`,
        );
        await slaap(wachttijd(storingen));
        continue;
      }
      throw e;
    } finally {
      await stopHartslag();
    }
    await opties.naPartitie?.(p.nr);
    opties.bijVoortgang?.(await volhard('voortgang', () => voortgang(db, run.id)));
  }
  const rapport = await volhard('afsluiten', () => sluitAf(db, run));
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
