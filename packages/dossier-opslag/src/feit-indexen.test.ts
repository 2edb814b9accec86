import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FEIT_INDEXEN, herstelFeitIndexen, metUitgesteldeFeitIndexen } from './feit-indexen';
import { schrijfHuishoudens } from './feiten-schrijven';
import { testDossiers } from './testing/voorbeeld-dossiers';

/** The indexes of `feit` as the database catalogue has them (name → definition), on either database. */
async function catalogus(db: Db): Promise<Map<string, string>> {
  const r = await db.query<{ indexname: string; indexdef: string }>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'feit' AND schemaname = current_schema()",
  );
  return new Map(r.rows.map((x) => [x.indexname, x.indexdef]));
}

async function indexen(db: Db): Promise<string[]> {
  return [...(await catalogus(db)).keys()].sort();
}

const VERWACHT = FEIT_INDEXEN.map((i) => i.naam).sort();

describeEachDatabase('feit indexes around a bulk load on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('the definitions equal what the migrations create (names and definitions in the catalogue)', async () => {
    const naMigraties = await catalogus(db);
    expect([...naMigraties.keys()].sort()).toEqual(VERWACHT);
    expect(await herstelFeitIndexen(db)).toEqual([]);
    // Dropped and built again from FEIT_INDEXEN: the catalogue holds the very same definitions.
    await db.exec('ALTER TABLE feit DROP CONSTRAINT feit_pkey');
    await db.exec('DROP INDEX feit_huishouden');
    await db.exec('DROP INDEX feit_persoon');
    expect(await indexen(db)).toEqual([]);
    expect((await herstelFeitIndexen(db)).sort()).toEqual(VERWACHT);
    expect(await catalogus(db)).toEqual(naMigraties);
  });

  it('loads into an empty table without them and builds them afterwards, with the same facts', async () => {
    let tijdens: string[] = [];
    const uit = await metUitgesteldeFeitIndexen(db, async () => {
      tijdens = await indexen(db);
      // 120 households in batches of 50, each batch one transaction (as a loader writes them).
      const dossiers = testDossiers(120);
      let feiten = 0;
      for (let i = 0; i < dossiers.length; i += 50) {
        const batch = dossiers.slice(i, i + 50);
        feiten += await db.transaction((tx) => schrijfHuishoudens(tx, batch));
      }
      return { feiten };
    });
    if (db.kind === 'postgres') expect(tijdens).toEqual([]);
    expect(await indexen(db)).toEqual(VERWACHT);
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
    expect(await indexen(db)).toEqual(VERWACHT);
    // A crash between dropping and building: the next call (a run start) builds them.
    await db.exec('DROP INDEX feit_huishouden');
    expect(await indexen(db)).toEqual(VERWACHT.filter((n) => n !== 'feit_huishouden'));
    expect(await herstelFeitIndexen(db)).toEqual(['feit_huishouden']);
    expect(await indexen(db)).toEqual(VERWACHT);
  });
});
