/**
 * The demo has an objection in each state (issue 14), seeded through the services, once; and a late
 * objection waiting for the 6:11 judgement as soon as a letter is more than six weeks old (a fresh
 * demo's letters are dated the day it was seeded).
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { maakTestOmgeving } from '@regelmaat/diensten/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { zaaiDemoBezwaren, zaaiDemoTeLaatBezwaar } from './demo-bezwaren';

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
    // (the demo's population has enough for all thirteen).
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
      'te-beslissen',
      'gebeld',
      'te-beslissen',
    ];
    expect(r.rows.length).toBeGreaterThanOrEqual(3);
    expect(r.rows.map((x) => x.fase)).toEqual(alle.slice(0, r.rows.length));
    const brieven = await db.query<{ soort: string }>('SELECT soort FROM bezwaarbrief ORDER BY id');
    expect(brieven.rows.filter((b) => b.soort === 'ontvangstbevestiging')).toHaveLength(r.rows.length);
    await zaaiDemoBezwaren(t.o, 2026, { vanaf: 0 });
    expect((await db.query('SELECT id FROM bezwaar')).rows).toHaveLength(r.rows.length);
    // Every letter is from today: no objection can be late yet, and none is made.
    expect(await zaaiDemoTeLaatBezwaar(t.o)).toBe(false);
    expect((await db.query('SELECT id FROM bezwaar WHERE NOT tijdig')).rows).toEqual([]);
  });
});

describeEachDatabase('the demo’s late objection on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('is registered once a letter is older than six weeks, waiting for the 6:11 judgement', async () => {
    const t = await maakTestOmgeving(db, () => new Date().toISOString());
    expect(await zaaiDemoTeLaatBezwaar(t.o)).toBe(false);
    // The second household's letters were sent 50 days ago: their six weeks (Awb 6:7) have passed.
    const oud = await db.query<{ id: string }>(
      `UPDATE beschikking SET aangemaakt_op = now() - interval '50 days'
        WHERE huishouden_id = (SELECT id FROM huishouden WHERE bsn_aanvrager = $1) RETURNING id`,
      [t.bsn2],
    );
    expect(oud.rows.length).toBeGreaterThan(0);
    expect(await zaaiDemoTeLaatBezwaar(t.o)).toBe(true);
    const r = await db.query<{
      bsn: string;
      tijdig: boolean;
      verschoonbaar: boolean | null;
      fase: string;
      kanaal: string;
      behandelaar: string;
      status: string;
    }>(
      `SELECT h.bsn_aanvrager AS bsn, b.tijdig, b.verschoonbaar, b.fase, b.kanaal, z.behandelaar, z.status
         FROM bezwaar b JOIN zaak z ON z.id = b.zaak_id JOIN huishouden h ON h.id = b.huishouden_id`,
    );
    expect(r.rows).toEqual([
      {
        bsn: t.bsn2,
        tijdig: false,
        verschoonbaar: null,
        fase: 'ingediend',
        kanaal: 'post',
        behandelaar: 'm-behandelaar-6',
        status: 'in-behandeling',
      },
    ]);
    // Once.
    expect(await zaaiDemoTeLaatBezwaar(t.o)).toBe(true);
    expect((await db.query('SELECT id FROM bezwaar')).rows).toHaveLength(1);
  });
});
