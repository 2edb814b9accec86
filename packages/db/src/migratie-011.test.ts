/**
 * Migration 011 moves the settlement into the definitive decision's row (with a `vereffening`
 * view for readers) and checks a decision's references to its household and run per statement
 * instead of with per-row foreign keys. It must keep every settlement and refuse everything the
 * foreign keys refused.
 */
import { afterEach, expect, it } from 'vitest';
import type { Db } from './db';
import { migreer } from './migreer';
import { describeEachDatabase } from './testing/test-databases';

const BESCHIKKING = `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag,
  maandbedragen, engine_versie, parameter_versie, invoer_hash, bekend_op)
  VALUES ($1, $2, 'zorgtoeslag', 2026, $3, 'vastgesteld', $4, '{0,0,0,0,0,0,0,0,0,0,0,0}', 'e', 'p', 'h', now())
  RETURNING id`;

async function vulBasis(db: Db): Promise<void> {
  await db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (1, '111222333'), (2, '123456782')");
  await db.query(
    `INSERT INTO run (id, soort, jaar, bekend_op, engine_versie, parameter_versie, partitiegrootte)
     VALUES (1, 'voorschot', 2026, now(), 'e', 'p', 10), (2, 'definitief', 2026, now(), 'e', 'p', 10)`,
  );
}

describeEachDatabase('migration 011 on $naam', ({ open }) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('keeps every settlement: the view shows what the table held', async () => {
    db = await open({ totVersie: 10 });
    await vulBasis(db);
    await db.query(BESCHIKKING, [1, 1, 'voorschot', 120_000]);
    const d1 = Number(
      (await db.query<{ id: string }>(BESCHIKKING, [2, 1, 'definitief', 100_000])).rows[0]!.id,
    );
    const d2 = Number(
      (await db.query<{ id: string }>(BESCHIKKING, [2, 2, 'definitief', 50_000])).rows[0]!.id,
    );
    await db.query(
      `INSERT INTO vereffening VALUES ($1, 120000, 100000, -20000, 'terugvordering', 0, 20000),
                                      ($2, 45000, 50000, 5000, 'nabetaling', 5000, 0)`,
      [d1, d2],
    );
    const voor = (await db.query('SELECT * FROM vereffening ORDER BY beschikking_id')).rows;
    expect(await migreer(db)).toContain(11);
    const na = (await db.query('SELECT * FROM vereffening ORDER BY beschikking_id')).rows;
    expect(na).toEqual(voor);
    expect(na).toHaveLength(2);
  });

  it('refuses a settlement that does not fit its decision', async () => {
    db = await open();
    await vulBasis(db);
    const v = Number((await db.query<{ id: string }>(BESCHIKKING, [1, 1, 'voorschot', 120_000])).rows[0]!.id);
    const d = Number(
      (await db.query<{ id: string }>(BESCHIKKING, [2, 1, 'definitief', 100_000])).rows[0]!.id,
    );
    const zet = (id: number, kolommen: string) =>
      db!.query(`UPDATE beschikking SET ${kolommen} WHERE id = $1`, [id]);
    // Complete and consistent: accepted.
    await zet(
      d,
      `vereffening_voorschot_totaal = 120000, vereffening_verschil = -20000, vereffening_uitkomst = 'terugvordering',
       vereffening_te_betalen = 0, vereffening_terug_te_vorderen = 20000`,
    );
    // Half a settlement, a settlement on an advance, a difference that does not add up: refused.
    await expect(zet(d, 'vereffening_te_betalen = NULL')).rejects.toThrow(/beschikking_vereffening_volledig/);
    await expect(
      zet(
        v,
        `vereffening_voorschot_totaal = 0, vereffening_verschil = 120000, vereffening_uitkomst = 'nabetaling',
         vereffening_te_betalen = 120000, vereffening_terug_te_vorderen = 0`,
      ),
    ).rejects.toThrow(/beschikking_vereffening_definitief/);
    await expect(zet(d, 'vereffening_verschil = -1')).rejects.toThrow(/beschikking_vereffening_verschil/);
    await expect(zet(d, "vereffening_uitkomst = 'kwijtschelding'")).rejects.toThrow(/check/i);
  });

  it('refuses a decision for a household or run that does not exist, in one row or among many', async () => {
    db = await open();
    await vulBasis(db);
    await expect(db.query(BESCHIKKING, [1, 3, 'voorschot', 1])).rejects.toThrow(/huishouden 3/);
    await expect(db.query(BESCHIKKING, [9, 1, 'voorschot', 1])).rejects.toThrow(/run 9/);
    // COPY of many rows with one bad reference: nothing is written.
    const rij = (run: number, h: number) =>
      `${run}\t${h}\tzorgtoeslag\t2026\tvoorschot\tvastgesteld\t1\t{0,0,0,0,0,0,0,0,0,0,0,0}\te\tp\th\t2026-01-01T00:00:00Z\n`;
    const kolommen = [
      'run_id',
      'huishouden_id',
      'regeling',
      'jaar',
      'soort',
      'status',
      'jaarbedrag',
      'maandbedragen',
      'engine_versie',
      'parameter_versie',
      'invoer_hash',
      'bekend_op',
    ];
    await expect(db.copyFrom('beschikking', kolommen, rij(1, 1) + rij(1, 4) + rij(2, 2))).rejects.toThrow(
      /huishouden 4/,
    );
    await expect(db.copyFrom('beschikking', kolommen, rij(1, 1) + rij(3, 2))).rejects.toThrow(/run 3/);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM beschikking')).rows[0]!.n).toBe(0);
    // Moving a decision to a household that does not exist is refused as well.
    const id = Number((await db.query<{ id: string }>(BESCHIKKING, [1, 1, 'voorschot', 1])).rows[0]!.id);
    await expect(db.query('UPDATE beschikking SET huishouden_id = 5 WHERE id = $1', [id])).rejects.toThrow(
      /huishouden 5/,
    );
    // A decision version outside a run has no run: allowed.
    await db.query(
      `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
         engine_versie, parameter_versie, invoer_hash, bekend_op, aanleiding)
       VALUES (NULL, 1, 'zorgtoeslag', 2026, 'voorschot', 'vastgesteld', 1, '{0,0,0,0,0,0,0,0,0,0,0,0}', 'e', 'p', 'h', now(), 'wijziging')`,
    );
  });

  it('keeps a household or run that has decisions: no delete, no new id, no truncate', async () => {
    db = await open();
    await vulBasis(db);
    await db.query(BESCHIKKING, [1, 1, 'voorschot', 1]);
    await expect(db.query('DELETE FROM huishouden WHERE id = 1')).rejects.toThrow(/heeft beschikkingen/);
    await expect(db.query('UPDATE huishouden SET id = 7 WHERE id = 1')).rejects.toThrow(
      /heeft beschikkingen/,
    );
    await expect(db.query('DELETE FROM run WHERE id = 1')).rejects.toThrow(/heeft beschikkingen/);
    await expect(db.exec('TRUNCATE huishouden CASCADE')).rejects.toThrow(/TRUNCATE op huishouden/);
    // Without decisions the household and run go as before; other updates are untouched.
    await db.query("UPDATE run SET status = 'klaar' WHERE id = 1");
    await db.query('DELETE FROM huishouden WHERE id = 2');
    await db.query('DELETE FROM run WHERE id = 2');
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM huishouden')).rows[0]!.n).toBe(1);
  });
});
