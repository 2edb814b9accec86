/**
 * A worker that crashes in the middle of a partition leaves nothing of that partition behind, and
 * the run finished by another worker holds exactly the decisions a clean run gives: every
 * household, every toeslag, the same status and amounts (and the same cases and processing log).
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { testDossiers } from '@regelmaat/dossier-opslag/testing';
import { wetgeving } from '@regelmaat/law';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Run, startRun, voortgang } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { geenUitval, type UitvalDetector } from './uitval-poort';
import { werk } from './werk';

const N = 40;
const RUN = {
  soort: 'voorschot',
  jaar: 2026,
  bekendOp: '2026-01-01T00:00:00Z',
  partitiegrootte: 10,
} as const;

/** What a run decided, per household and toeslag, without ids or timestamps. */
async function besluiten(db: Db, run: number) {
  const r = await db.query(
    `SELECT huishouden_id::int AS huishouden, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
            engine_versie, parameter_versie, invoer_hash
       FROM beschikking WHERE run_id = $1 ORDER BY huishouden_id, regeling`,
    [run],
  );
  return r.rows;
}

async function zaken(db: Db, run: number) {
  const r = await db.query(
    'SELECT huishouden_id::int AS huishouden, redenen FROM zaak WHERE run_id = $1 ORDER BY huishouden_id',
    [run],
  );
  return r.rows;
}

async function logregels(db: Db): Promise<number> {
  const r = await db.query<{ n: string }>('SELECT count(*) AS n FROM verwerking');
  return Number(r.rows[0]!.n);
}

describeEachDatabase('a crash in the middle of a partition on $naam', ({ open }) => {
  let db: Db;
  let schoon: Db;
  let schoneRun: Run;
  beforeAll(async () => {
    db = await open();
    schoon = await open();
    await db.transaction((tx) => schrijfHuishoudens(tx, testDossiers(N)));
    await schoon.transaction((tx) => schrijfHuishoudens(tx, testDossiers(N)));
    // The clean run: the same households, the same moment, no crash.
    const w = wetgeving();
    schoneRun = (await startRun(schoon, RUN, w)).run;
    await werk(schoon, schoneRun, w, geenUitval, {
      worker: 'schoon',
      logboek: TEST_LOGBOEK,
      leaseSeconden: 1,
    });
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await schoon?.close();
  });

  it('leaves nothing half-written, and a rerun gives exactly the decisions of a clean run', async () => {
    const w = wetgeving();
    const { run } = await startRun(db, RUN, w);
    let gezien = 0;
    const crasht: UitvalDetector = () => {
      if (++gezien === 25) throw new Error('stroomstoring');
      return null;
    };
    await expect(
      werk(db, run, w, crasht, { worker: 'eerste', logboek: TEST_LOGBOEK, leaseSeconden: 1 }),
    ).rejects.toThrow('stroomstoring');
    // Partitions 0 and 1 were committed; partition 2 was rolled back entirely.
    const v = await voortgang(db, run.id);
    expect(v.klaar).toBe(2);
    const schoonTot20 = (await besluiten(schoon, schoneRun.id)).filter((b) => Number(b.huishouden) <= 20);
    expect(schoonTot20.length).toBeGreaterThan(0);
    expect(await besluiten(db, run.id)).toEqual(schoonTot20);

    await werk(db, run, w, geenUitval, {
      worker: 'tweede',
      logboek: TEST_LOGBOEK,
      leaseSeconden: 1,
      wachtOpAnderen: true,
    });
    expect((await voortgang(db, run.id)).klaar).toBe(4);
    const verwacht = await besluiten(schoon, schoneRun.id);
    // Every household of the run has a decision in the clean run (the population is not empty).
    expect(new Set(verwacht.map((b) => b.huishouden)).size).toBeGreaterThan(N / 2);
    expect(await besluiten(db, run.id)).toEqual(verwacht);
    expect(await zaken(db, run.id)).toEqual(await zaken(schoon, schoneRun.id));
    // The rolled-back partition logged nothing: each person is logged once, as in the clean run.
    expect(await logregels(schoon)).toBeGreaterThan(0);
    expect(await logregels(db)).toBe(await logregels(schoon));
  }, 60_000);
});
