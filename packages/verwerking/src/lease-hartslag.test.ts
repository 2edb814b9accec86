/**
 * Issue 10, item 3: a worker that dies is replaced without an operator, a long partition keeps its
 * lease, and a dropped database connection costs a retry, not the run (PostgreSQL: PGlite is one
 * process and serialises transactions, so no second worker can take anything over there).
 */
import type { Db } from '@regelmaat/db';
import { describeOnPostgres } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { testDossiers } from '@regelmaat/dossier-opslag/testing';
import { wetgeving } from '@regelmaat/law';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { leasePartitie } from './lease';
import { leesRun, startRun, voortgang } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { geenUitval } from './uitval-poort';
import { werk } from './werk';

const N = 40;
const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeOnPostgres('leases and heartbeats on $naam', ({ open }) => {
  let db: Db;
  const w = wetgeving();
  const stil = () => {};
  beforeAll(async () => {
    // As the application role (issue 10, item 9): a whole run works with only its rights.
    db = await open({ alsApp: true });
    await db.transaction((tx) => schrijfHuishoudens(tx, testDossiers(N)));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  /** Nothing lost, nothing doubled: every household decided once per toeslag, logged once per run. */
  async function heelEnEnkel(runId: number, bekendOp: string) {
    const b = await db.query<{ n: string; d: string; h: string }>(
      'SELECT count(*) AS n, count(DISTINCT (huishouden_id, regeling)) AS d, count(DISTINCT huishouden_id) AS h FROM beschikking WHERE run_id = $1',
      [runId],
    );
    expect(b.rows[0]!.n).toBe(b.rows[0]!.d);
    const l = await db.query<{ n: string; d: string }>(
      'SELECT count(*) AS n, count(DISTINCT data_subject_id) AS d FROM verwerking WHERE run_id = $1',
      [runId],
    );
    expect(Number(l.rows[0]!.n)).toBeGreaterThanOrEqual(N);
    expect(l.rows[0]!.n).toBe(l.rows[0]!.d);
    const run = await leesRun(db, runId);
    expect(run?.status).toBe('klaar');
    expect(bekendOp).toBeTruthy();
    return Number(b.rows[0]!.h);
  }

  it('a partition whose worker died (its lease is no longer renewed) is taken over by the remaining worker, which finishes the run', async () => {
    const bekendOp = '2026-01-01T00:00:00Z';
    const { run } = await startRun(db, { soort: 'voorschot', jaar: 2026, bekendOp, partitiegrootte: 10 }, w);
    // A worker leases partition 0 and dies before it commits anything.
    const dood = await leasePartitie(db, run.id, 'dode-worker', 2);
    expect(dood?.nr).toBe(0);
    // The remaining worker, with default options, does not stop while the dead one's lease runs.
    const uit = await werk(db, run, w, geenUitval, {
      worker: 'overblijver',
      logboek: TEST_LOGBOEK,
      leaseSeconden: 2,
      melding: stil,
    });
    expect(uit.partities).toBe(4);
    expect(uit.rapport).toBeDefined();
    const v = await voortgang(db, run.id);
    expect(v.klaar).toBe(v.totaal);
    const p0 = await db.query<{ worker: string; pogingen: number }>(
      'SELECT worker, pogingen FROM run_partitie WHERE run_id = $1 AND nr = 0',
      [run.id],
    );
    expect(p0.rows[0]).toEqual({ worker: 'overblijver', pogingen: 2 });
    expect(await heelEnEnkel(run.id, bekendOp)).toBeGreaterThan(N / 2);
  }, 60_000);

  it('a worker whose lease was taken over mid-partition rolls its work back; the run ends whole, nothing doubled', async () => {
    const bekendOp = '2026-01-01T00:00:00Z';
    const { run } = await startRun(db, { soort: 'betaling', jaar: 2026, maand: 2, partitiegrootte: 10 }, w);
    let overgenomen: Awaited<ReturnType<typeof leasePartitie>>;
    const uit = await werk(db, run, w, geenUitval, {
      worker: 'traag',
      logboek: TEST_LOGBOEK,
      leaseSeconden: 30, // no heartbeat renews it during this test's few seconds
      melding: stil,
      voorAfronden: async (nr) => {
        if (nr !== 0 || overgenomen) return;
        // The worker stalls past its lease; another worker takes the partition over.
        await db.query(
          "UPDATE run_partitie SET lease_tot = now() - interval '1 second' WHERE run_id = $1 AND nr = 0",
          [run.id],
        );
        overgenomen = await leasePartitie(db, run.id, 'overnemer', 1);
      },
    });
    expect(overgenomen).toMatchObject({ nr: 0, pogingen: 2 });
    // Its first attempt at partition 0 was rolled back (LeaseVerloren); it did partition 0 again
    // once the other worker's lease expired, and partitions 1–3 once each.
    expect(uit.partities).toBe(4);
    const p = await db.query<{ nr: number; worker: string; pogingen: number; status: string }>(
      'SELECT nr, worker, pogingen, status FROM run_partitie WHERE run_id = $1 ORDER BY nr',
      [run.id],
    );
    expect(p.rows).toEqual([
      { nr: 0, worker: 'traag', pogingen: 3, status: 'klaar' },
      { nr: 1, worker: 'traag', pogingen: 1, status: 'klaar' },
      { nr: 2, worker: 'traag', pogingen: 1, status: 'klaar' },
      { nr: 3, worker: 'traag', pogingen: 1, status: 'klaar' },
    ]);
    await heelEnEnkel(run.id, bekendOp);
  }, 60_000);

  it('a long partition keeps its lease through the heartbeat: no other worker can take it', async () => {
    // Each test its own run: a run of the same kind and year would be resumed (and be done).
    const bekendOp = '2027-07-01T00:00:00Z';
    const { run } = await startRun(
      db,
      { soort: 'definitief', jaar: 2026, bekendOp, nu: bekendOp, partitiegrootte: N },
      w,
    );
    let tijdensLangeWerk: Awaited<ReturnType<typeof leasePartitie>> | 'niet-gekeken' = 'niet-gekeken';
    const uit = await werk(db, run, w, geenUitval, {
      worker: 'langzaam',
      logboek: TEST_LOGBOEK,
      leaseSeconden: 1,
      melding: stil,
      voorAfronden: async () => {
        await slaap(3_000); // three lease times
        tijdensLangeWerk = await leasePartitie(db, run.id, 'overnemer', 1);
      },
    });
    expect(tijdensLangeWerk).toBeUndefined();
    expect(uit.partities).toBe(1);
    const p = await db.query<{ worker: string; pogingen: number; status: string }>(
      'SELECT worker, pogingen, status FROM run_partitie WHERE run_id = $1',
      [run.id],
    );
    expect(p.rows).toEqual([{ worker: 'langzaam', pogingen: 1, status: 'klaar' }]);
    await heelEnEnkel(run.id, bekendOp);
  }, 60_000);

  it('a terminated database backend mid-partition: the worker rolls back, reconnects and redoes its own partition once', async () => {
    const bekendOp = '2026-01-01T00:00:00Z';
    const { run } = await startRun(db, { soort: 'betaling', jaar: 2026, maand: 1, partitiegrootte: 10 }, w);
    let keer = 0;
    const meldingen: string[] = [];
    const uit = await werk(db, run, w, geenUitval, {
      worker: 'onderbroken',
      logboek: TEST_LOGBOEK,
      melding: (r) => meldingen.push(r),
      voorAfronden: async (nr, tx) => {
        if (nr === 1 && keer++ === 0) await tx.query('SELECT pg_terminate_backend(pg_backend_pid())');
      },
    });
    expect(keer).toBe(2);
    expect(uit.partities).toBe(4);
    expect(meldingen.some((m) => m.includes('partitie 1'))).toBe(true);
    // The log lines name the partition and the error class, never a BSN.
    expect(meldingen.join('\n')).not.toMatch(/\d{9}/);
    const p1 = await db.query<{ pogingen: number }>(
      'SELECT pogingen FROM run_partitie WHERE run_id = $1 AND nr = 1',
      [run.id],
    );
    expect(p1.rows[0]!.pogingen).toBe(2);
    await heelEnEnkel(run.id, bekendOp);
  }, 60_000);
});
