/**
 * The demo has an objection in each state (issue 14), seeded through the services, once.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { maakTestOmgeving } from '@regelmaat/diensten/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { zaaiDemoBezwaren } from './demo-bezwaren';

describeEachDatabase('demo objections on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('seeds one objection in each state, once', async () => {
    const t = await maakTestOmgeving(db, () => new Date().toISOString());
    // The test household set is small: give the seeder enough decisions by lowering its offset.
    await zaaiDemoBezwaren(t.o, 2026, { vanaf: 0 });
    const r = await db.query<{ fase: string; kanaal: string; verdaagd: boolean; nieuw: boolean }>(
      `SELECT fase, kanaal, verdaagd_op IS NOT NULL AS verdaagd, nieuwe_beschikking_id IS NOT NULL AS nieuw
         FROM bezwaar ORDER BY id`,
    );
    // The test set has few households with a decision: the first states in order, one per household
    // (the demo's population has enough for all eleven).
    const alle = [
      'ingediend',
      'ingediend',
      'horen',
      'wacht-op-goedkeuring',
      'beslist',
      'ingetrokken',
      'ingediend',
      'ingediend',
      'beslist',
      'beslist',
      'beslist',
    ];
    expect(r.rows.length).toBeGreaterThanOrEqual(3);
    expect(r.rows.map((x) => x.fase)).toEqual(alle.slice(0, r.rows.length));
    const brieven = await db.query<{ soort: string }>('SELECT soort FROM bezwaarbrief ORDER BY id');
    expect(brieven.rows.filter((b) => b.soort === 'ontvangstbevestiging')).toHaveLength(r.rows.length);
    await zaaiDemoBezwaren(t.o, 2026, { vanaf: 0 });
    expect((await db.query('SELECT id FROM bezwaar')).rows).toHaveLength(r.rows.length);
  });
});
