/**
 * Migration 021 (issue 12, item 5): the regelingen are listed once, in @regelmaat/law. The
 * database no longer repeats that list in its CHECKs; it keeps the form of an id, so a new regeling
 * needs no migration, and a value that is not an id is still refused.
 */
import { afterEach, expect, it } from 'vitest';
import type { Db } from './db';
import { describeEachDatabase } from './testing/test-databases';

const ZAAK = `INSERT INTO zaak (huishouden_id, soort, redenen, toelichting, prioriteit, team, termijn, onderwerp, regeling, jaar)
  VALUES (1, 'contactverzoek', '{}', '{}', 3, 'klantcontact', '2026-02-01', 'Vraag', $1, 2026)`;

describeEachDatabase('migration 021 on $naam', ({ open }) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('checks the form of a regeling id, and names no regeling in a CHECK', async () => {
    db = await open();
    const defs = await db.query<{ conname: string; def: string }>(
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conname IN ('beschikking_regeling_check', 'zaak_regeling_check', 'maatwerkbesluit_regeling_check')
          AND connamespace = current_schema()::regnamespace
        ORDER BY conname`,
    );
    expect(defs.rows.map((r) => r.conname)).toEqual([
      'beschikking_regeling_check',
      'maatwerkbesluit_regeling_check',
      'zaak_regeling_check',
    ]);
    for (const r of defs.rows) expect(r.def).toContain('^[a-z][a-z0-9_]*$');
    const metNaam = await db.query<{ conname: string }>(
      "SELECT conname FROM pg_constraint WHERE pg_get_constraintdef(oid) LIKE '%kindgebonden_budget%'",
    );
    expect(metNaam.rows).toEqual([]);

    await db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (1, '123456782')");
    await db.query(ZAAK, ['kindgebonden_budget']);
    await db.query(ZAAK, ['proeftoeslag']);
    await expect(db.query(ZAAK, ['Kindgebonden budget'])).rejects.toThrow();
    await expect(db.query(ZAAK, [''])).rejects.toThrow();
  }, 60_000);
});
