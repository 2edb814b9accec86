import type { Db } from '@regelmaat/db';
import { testDatabases } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { testDossiers } from '@regelmaat/dossier-opslag/testing';
import { wetgeving } from '@regelmaat/law';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRun, voortgang } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { geenUitval, type UitvalDetector } from './uitval-poort';
import { werk } from './werk';

const N = 40;

describe.each(testDatabases())('a crash in the middle of a partition on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await db.transaction((tx) => schrijfHuishoudens(tx, testDossiers(N)));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('leaves nothing half-written, and a rerun completes without doubles', async () => {
    const w = wetgeving();
    const { run } = await startRun(
      db,
      { soort: 'voorschot', jaar: 2026, bekendOp: '2026-01-01T00:00:00Z', partitiegrootte: 10 },
      w,
    );
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
    const halfweg = await db.query<{ n: string }>(
      'SELECT count(*) AS n FROM beschikking WHERE run_id = $1 AND huishouden_id > 20',
      [run.id],
    );
    expect(Number(halfweg.rows[0]!.n)).toBe(0);

    await werk(db, run, w, geenUitval, {
      worker: 'tweede',
      logboek: TEST_LOGBOEK,
      leaseSeconden: 1,
      wachtOpAnderen: true,
    });
    expect((await voortgang(db, run.id)).klaar).toBe(4);
    const r = await db.query<{ n: string; d: string; h: string }>(
      'SELECT count(*) AS n, count(DISTINCT (huishouden_id, regeling)) AS d, count(DISTINCT huishouden_id) AS h FROM beschikking WHERE run_id = $1',
      [run.id],
    );
    expect(r.rows[0]!.n).toBe(r.rows[0]!.d);
    expect(Number(r.rows[0]!.h)).toBeGreaterThan(N / 2);
  }, 30_000);
});
