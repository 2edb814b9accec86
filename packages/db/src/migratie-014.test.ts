/**
 * Migration 014 (issue 10, item 2): one household per person. On a database written before it —
 * where a citizen may already have declared someone else's BSN as partner — each person gets the
 * household where they are the applicant, else one where the registry lists them, else the lowest;
 * afterwards a second household for a person is refused.
 */
import { afterEach, expect, it } from 'vitest';
import type { Db } from './db';
import { migreer } from './migreer';
import { describeEachDatabase } from './testing/test-databases';

const PERSOON = `INSERT INTO feit (huishouden_id, soort, persoon_bsn, waarde, bron, geregistreerd_op)
  VALUES ($1, 'persoon', $2, $3, $4, '2026-01-01T00:00:00Z')`;

describeEachDatabase('migration 014 on $naam', ({ open }) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('gives everyone their own household, not the one that claimed them, and refuses a second', async () => {
    db = await open({ totVersie: 12 });
    // Household 1: applicant A with child K (registry). Household 2: applicant B, who "declared"
    // A as partner (a citizen fact), and a co-resident M known only from the registry.
    await db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (2, '123456782'), (1, '111222333')");
    await db.query(PERSOON, [1, '111222333', '{"rol":"aanvrager","geboortedatum":"1980-01-01"}', 'brp']);
    await db.query(PERSOON, [1, '100000009', '{"rol":"kind","geboortedatum":"2015-01-01"}', 'brp']);
    await db.query(PERSOON, [2, '123456782', '{"rol":"aanvrager","geboortedatum":"1981-01-01"}', 'brp']);
    await db.query(PERSOON, [
      2,
      '111222333',
      '{"rol":"toeslagpartner","geboortedatum":"1980-01-01"}',
      'burger',
    ]);
    await db.query(PERSOON, [2, '100000010', '{"rol":"medebewoner","geboortedatum":"1950-01-01"}', 'brp']);
    await migreer(db);
    const r = await db.query<{ persoon_bsn: string; huishouden_id: string }>(
      'SELECT persoon_bsn, huishouden_id FROM huishouden_lid ORDER BY persoon_bsn',
    );
    expect(r.rows.map((x) => [x.persoon_bsn, Number(x.huishouden_id)])).toEqual([
      ['100000009', 1],
      ['100000010', 2],
      ['111222333', 1],
      ['123456782', 2],
    ]);
    await expect(
      db.query("INSERT INTO huishouden_lid (persoon_bsn, huishouden_id) VALUES ('111222333', 2)"),
    ).rejects.toThrow();
    const zaaktype = await db.query<{ team: string }>(
      "SELECT team FROM zaaktype WHERE id = 'partner-verificatie'",
    );
    expect(zaaktype.rows).toEqual([{ team: 'uitval' }]);
  }, 60_000);
});
