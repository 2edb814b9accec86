/**
 * Migration 013 (four-eyes for maatwerk in the database) on a database that already holds maatwerk
 * decisions recorded under the old rule: the migration keeps them as history (the CHECK is NOT
 * VALID), but no such row can be put into force, and no new one can be written, without a second
 * person.
 */
import { afterEach, expect, it } from 'vitest';
import type { Db } from './db';
import { migreer } from './migreer';
import { describeEachDatabase } from './testing/test-databases';

const BESLUIT = `INSERT INTO maatwerkbesluit (zaak_id, huishouden_id, regeling, jaar, standaard_bedrag,
    standaard_omschrijving, afwijking_bedrag, grondslag, afweging, vraag_rechtvaardig, vraag_samen,
    vraag_aanspreekbaar, niveau, huishoudtype, redenen, status, auteur, aangemaakt_op)
  VALUES (1, 1, 'zorgtoeslag', 2026, $1, 'typed in', $2, 'awir-13b', 'a', 'r', 's', 'a', $3, 'paar', '{}',
          'goedgekeurd', 'anna', now())
  RETURNING id`;

describeEachDatabase('migration 013 on $naam', ({ open }) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('keeps old decisions as history, but none goes into force or is written without a second person', async () => {
    db = await open({ totVersie: 12 });
    await db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (1, '111222333')");
    await db.query(
      `INSERT INTO zaak (huishouden_id, soort, redenen, toelichting, prioriteit, status, behandelaar)
       VALUES (1, 'maatwerk-verzoek', '{}', '{}', 3, 'in-behandeling', 'anna')`,
    );
    // The walk-around as the old code allowed it: the same number twice, approved at once.
    const oud = Number(
      (await db.query<{ id: string }>(BESLUIT, [2_500_000, 2_500_000, 'geval'])).rows[0]!.id,
    );
    // Under the old rule a remedy for comparable cases below the threshold needed no approval either.
    const remedie = Number(
      (await db.query<{ id: string }>(BESLUIT, [155_000, 160_000, 'vergelijkbaar'])).rows[0]!.id,
    );
    expect(await migreer(db)).toContain(13);
    expect((await db.query('SELECT id FROM maatwerkbesluit ORDER BY id')).rows).toHaveLength(2);
    // With the amounts corrected to the law's standard, the old row cannot be approved without a reviewer.
    await expect(
      db.query('UPDATE maatwerkbesluit SET standaard_bedrag = 155000 WHERE id = $1', [oud]),
    ).rejects.toThrow();
    await expect(db.query(BESLUIT, [155_000, 2_500_000, 'geval'])).rejects.toThrow();
    await expect(db.query(BESLUIT, [155_000, 160_000, 'vergelijkbaar'])).rejects.toThrow();
    // Nor does the old level 2 decision put a decision version into force.
    await expect(
      db.query(
        `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
                                  engine_versie, parameter_versie, invoer_hash, bekend_op, aanleiding, maatwerkbesluit_id)
         VALUES (NULL, 1, 'zorgtoeslag', 2026, 'voorschot', 'vastgesteld', 160000, '{0,0,0,0,0,0,0,0,0,0,0,0}',
                 'e', 'p', 'h', now(), 'maatwerk', $1)`,
        [remedie],
      ),
    ).rejects.toThrow();
    const r = await db.query<{ d: number }>('SELECT maatwerk_goedkeuringsdrempel() AS d');
    expect(r.rows[0]!.d).toBe(50_000);
  }, 60_000);
});
