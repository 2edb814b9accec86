/**
 * Migration 012 makes `verwerking` a partitioned table; the records written before it stay where
 * they were (now the partition `verwerking_algemeen`) and are found and protected as before.
 */
import type { Db } from '@regelmaat/db';
import { migreer } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activiteitId } from './activiteiten';
import { logVerwerking } from './log-verwerking';
import { nieuweTrace } from './trace-context';
import { verwerkingenVan } from './verwerkingen-van';

const SLEUTEL = 'pseudonimiseringssleutel-voor-migratietest-32';

describeEachDatabase('migration 012 on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open({ totVersie: 11 });
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('keeps the records written before it, findable and append-only', async () => {
    await logVerwerking(db, {
      trace: nieuweTrace(),
      activiteit: activiteitId('dossier-inzien'),
      naam: 'dossier bekijken',
      betrokkenen: ['111222333'],
      start: '2026-02-01T09:00:00.000Z',
      eind: '2026-02-01T09:00:00.250Z',
      actor: { id: 'm-behandelaar-1', rol: 'behandelaar' },
      sleutel: SLEUTEL,
    });
    const voor = await verwerkingenVan(db, '111222333', SLEUTEL, { metActor: true });
    expect(voor).toHaveLength(1);
    expect(await migreer(db)).toContain(12);
    expect(await verwerkingenVan(db, '111222333', SLEUTEL, { metActor: true })).toEqual(voor);
    const plek = await db.query<{ t: string; run_id: string }>(
      'SELECT tableoid::regclass::text AS t, run_id::text FROM verwerking',
    );
    expect(plek.rows).toEqual([{ t: 'verwerking_algemeen', run_id: '0' }]);
    await expect(db.query('DELETE FROM verwerking')).rejects.toThrow(/alleen-toevoegen/);
    await expect(db.query('DELETE FROM verwerking_algemeen')).rejects.toThrow(/alleen-toevoegen/);
  });
});
