/**
 * Migration 009 rewrites the hex and BSN checks of the log and the dossier in a cheaper form; they
 * must accept and refuse exactly what the regular expressions of migrations 001 and 006 did.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from './db';
import { describeEachDatabase } from './testing/test-databases';

const CHECKS: [string, string, string][] = [
  ['^[0-9a-f]{64}$', "length(x) = 64 AND x !~ '[^0-9a-f]'", '0123456789abcdefABCDEFxz \n'],
  ['^[0-9a-f]{16}$', "length(x) = 16 AND x !~ '[^0-9a-f]'", '0123456789abcdefABCDEFxz \n'],
  ['^[0-9]{9}$', "length(x) = 9 AND x !~ '[^0-9]'", '0123456789a -\n٣'],
];

describeEachDatabase('migration 009 checks on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('accepts exactly what the old regular expressions accepted (property)', async () => {
    for (const [oud, nieuw, tekens] of CHECKS) {
      const lengte = Number(/\{(\d+)\}/.exec(oud)![1]);
      const waarde = fc.oneof(
        fc
          .array(fc.constantFrom(...tekens), { minLength: lengte - 1, maxLength: lengte + 1 })
          .map((a) => a.join('')),
        fc
          .array(fc.constantFrom(...tekens.slice(0, 16)), { minLength: lengte, maxLength: lengte })
          .map((a) => a.join('')),
      );
      const xs = fc.sample(waarde, 300);
      const r = await db.query<{ oud: boolean; nieuw: boolean; x: string }>(
        `SELECT x, x ~ $2 AS oud, (${nieuw.replaceAll('x', 's.x')}) AS nieuw FROM unnest($1::text[]) AS s(x)`,
        [xs, oud],
      );
      for (const rij of r.rows) expect(rij.nieuw, `${oud} ${JSON.stringify(rij.x)}`).toBe(rij.oud);
      expect(r.rows.some((x) => x.oud)).toBe(true);
    }
  });

  it('refuses a malformed pseudonym and BSN in the tables', async () => {
    await expect(
      db.query(
        "INSERT INTO feit (huishouden_id, soort, persoon_bsn, waarde, bron, geregistreerd_op) VALUES (1, 'persoon', '12345678x', '{}', 'brp', now())",
      ),
    ).rejects.toThrow(/feit_persoon_bsn_check/);
    await expect(
      db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (1, '1234567890')"),
    ).rejects.toThrow(/huishouden_bsn_aanvrager_check/);
  });
});
