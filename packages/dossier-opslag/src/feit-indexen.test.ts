import type { Db } from '@regelmaat/db';
import { testDatabases } from '@regelmaat/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEIT_INDEXEN, herstelFeitIndexen, metUitgesteldeFeitIndexen } from './feit-indexen';
import { laadPopulatie } from './laad-populatie';

async function indexen(db: Db): Promise<string[]> {
  if (db.kind !== 'postgres') return FEIT_INDEXEN.map((i) => i.naam).sort();
  const r = await db.query<{ indexname: string }>(
    "SELECT indexname FROM pg_indexes WHERE tablename = 'feit' AND schemaname = current_schema()",
  );
  return r.rows.map((x) => x.indexname).sort();
}

describe.each(testDatabases())('feit indexes around a bulk load on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('the definitions equal what the migrations create', async () => {
    expect(await indexen(db)).toEqual(FEIT_INDEXEN.map((i) => i.naam).sort());
    expect(await herstelFeitIndexen(db)).toEqual([]);
  });

  it('loads into an empty table without them and builds them afterwards, with the same facts', async () => {
    let tijdens: string[] = [];
    const uit = await metUitgesteldeFeitIndexen(db, async () => {
      tijdens = await indexen(db);
      return laadPopulatie(db, {
        aantal: 120,
        seed: 3,
        jaar: 2026,
        nu: '2027-07-01T00:00:00.000Z',
        batch: 50,
      });
    });
    if (db.kind === 'postgres') expect(tijdens).toEqual([]);
    expect(await indexen(db)).toEqual(FEIT_INDEXEN.map((i) => i.naam).sort());
    const n = await db.query<{ n: string; d: string }>(
      'SELECT count(*) AS n, count(DISTINCT id) AS d FROM feit',
    );
    expect(Number(n.rows[0]!.n)).toBe(uit.feiten);
    expect(n.rows[0]!.d).toBe(n.rows[0]!.n);
  });

  it('a failed load still gets its indexes back; a full table keeps them during a load', async () => {
    await expect(
      metUitgesteldeFeitIndexen(db, async () => {
        throw new Error('loader died');
      }),
    ).rejects.toThrow('loader died');
    expect(await indexen(db)).toEqual(FEIT_INDEXEN.map((i) => i.naam).sort());
    if (db.kind === 'postgres') {
      // A crash between dropping and building: the next call (a run start) builds them.
      await db.exec('DROP INDEX feit_huishouden');
      expect(await herstelFeitIndexen(db)).toEqual(['feit_huishouden']);
    }
  });
});
