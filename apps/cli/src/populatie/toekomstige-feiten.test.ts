/**
 * Issue 10, item 13: nothing is ever recorded after the moment it is written. The population loader
 * leaves out what the simulated calendar records after "now" (the demo used to write final incomes
 * "recorded 1 May 2027" in 2026, and any later change of them failed a CHECK with a 500); facts are
 * never written or superseded with a recording time after the writing moment; and a definitive run
 * for a year that has not ended at the caller's "now" is refused with a clear message.
 */

import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { FeitNaSchrijfmoment, wijzigFeiten } from '@regelmaat/dossier-opslag';
import { eurosToCents } from '@regelmaat/kernel';
import { wetgeving } from '@regelmaat/law';
import { geenUitval, RunFout, startRun, werk } from '@regelmaat/verwerking';
import { TEST_LOGBOEK } from '@regelmaat/verwerking/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { laadPopulatie } from './laad-populatie';

/** A moment in the middle of December of the year itself. */
const NU = '2026-12-03T12:00:00.000Z';
const w = wetgeving();

describeEachDatabase('nothing recorded after the moment it is written, on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await laadPopulatie(db, { aantal: 40, seed: 11, jaar: 2026, nu: NU, batch: 20 });
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('the loader stores no fact recorded after its "now" (no final incomes in December of the year)', async () => {
    const r = await db.query<{ n: number; def: number }>(
      `SELECT count(*) FILTER (WHERE geregistreerd_op > $1)::int AS n,
              count(*) FILTER (WHERE soort = 'inkomen_definitief')::int AS def FROM feit`,
      [NU],
    );
    expect(r.rows[0]).toEqual({ n: 0, def: 0 });
    const alles = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM feit');
    expect(alles.rows[0]!.n).toBeGreaterThan(0);
  });

  it('a fact recorded after the writing moment is neither written nor superseded (a named error, not a failing CHECK)', async () => {
    const f = await db.query<{ id: string; huishouden_id: string }>(
      "SELECT id, huishouden_id FROM feit WHERE soort = 'inkomen_schatting' ORDER BY id LIMIT 1",
    );
    const hid = Number(f.rows[0]!.huishouden_id);
    const later = {
      soort: 'vorig_inkomen' as const,
      waarde: { jaar: 2025, bedrag: eurosToCents(100) },
      bron: 'belastingdienst' as const,
      geregistreerdOp: '2027-05-01T00:00:00.000Z',
    };
    await expect(db.transaction((tx) => wijzigFeiten(tx, hid, [later], [], NU))).rejects.toBeInstanceOf(
      FeitNaSchrijfmoment,
    );
    // A fact from a database filled before this rule (written here by hand), superseded "now".
    const oud = await db.query<{ id: string }>(
      `INSERT INTO feit (huishouden_id, soort, waarde, bron, geregistreerd_op)
       VALUES ($1, 'vorig_inkomen', '{"jaar":2025,"bedrag":1}', 'belastingdienst', '2027-05-01T00:00:00Z') RETURNING id`,
      [hid],
    );
    await expect(
      db.transaction((tx) => wijzigFeiten(tx, hid, [], [Number(oud.rows[0]!.id)], NU)),
    ).rejects.toBeInstanceOf(FeitNaSchrijfmoment);
    const nog = await db.query('SELECT 1 FROM feit WHERE id = $1 AND vervallen_op IS NULL', [
      oud.rows[0]!.id,
    ]);
    expect(nog.rows.length).toBe(1);
  });

  it('refuses a definitive run for a year that has not ended at "now", and a run that looks past "now"', async () => {
    const { run } = await startRun(
      db,
      { soort: 'voorschot', jaar: 2026, bekendOp: '2025-12-01T00:00:00Z', nu: NU, partitiegrootte: 20 },
      w,
    );
    await werk(db, run, w, geenUitval, { worker: 't', logboek: TEST_LOGBOEK });
    const definitief = startRun(db, { soort: 'definitief', jaar: 2026, nu: NU }, w);
    await expect(definitief).rejects.toBeInstanceOf(RunFout);
    await expect(startRun(db, { soort: 'definitief', jaar: 2026, nu: NU }, w)).rejects.toThrow(
      'het jaar 2026 is nog niet voorbij',
    );
    // Without a "now" the engine cannot know, and refuses too (it never reads the clock itself).
    await expect(startRun(db, { soort: 'definitief', jaar: 2026 }, w)).rejects.toThrow('huidige tijdstip');
    await expect(
      startRun(db, { soort: 'betaling', jaar: 2026, maand: 12, bekendOp: '2027-01-01T00:00:00Z', nu: NU }, w),
    ).rejects.toThrow('ligt na nu');
    const r = await db.query("SELECT 1 FROM run WHERE soort = 'definitief'");
    expect(r.rows).toEqual([]);
    // Once the year is over it may start.
    const na = await startRun(
      db,
      { soort: 'definitief', jaar: 2026, bekendOp: '2027-01-02T00:00:00Z', nu: '2027-01-02T00:00:00.000Z' },
      w,
    );
    expect(na.nieuw).toBe(true);
  });
});
