/**
 * Migration 009 rewrites the hex and BSN checks of the log and the dossier in a cheaper form; they
 * must accept and refuse exactly what the regular expressions of migrations 001 and 006 did. The
 * test reads both versions of every check from the database catalogue — before migration 009 and
 * after it — and evaluates them on the same generated values; then it writes rows into the tables
 * themselves, so the constraints in force are the ones exercised (no expression is copied here).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from './db';
import { migreer } from './migreer';
import { describeEachDatabase } from './testing/test-databases';

interface Check {
  tabel: string;
  naam: string;
  kolom: string;
  lengte: number;
  tekens: string;
}

const HEX = '0123456789abcdefABCDEFxz \n';
const CIJFERS = '0123456789a -\n٣';
/** Every check migration 009 replaces. */
const CHECKS: Check[] = [
  { tabel: 'verwerking', naam: 'verwerking_trace_id_check', kolom: 'trace_id', lengte: 32, tekens: HEX },
  { tabel: 'verwerking', naam: 'verwerking_span_id_check', kolom: 'span_id', lengte: 16, tekens: HEX },
  {
    tabel: 'verwerking',
    naam: 'verwerking_parent_span_id_check',
    kolom: 'parent_span_id',
    lengte: 16,
    tekens: HEX,
  },
  {
    tabel: 'verwerking',
    naam: 'verwerking_data_subject_id_check',
    kolom: 'data_subject_id',
    lengte: 64,
    tekens: HEX,
  },
  { tabel: 'handeling', naam: 'handeling_trace_id_check', kolom: 'trace_id', lengte: 32, tekens: HEX },
  { tabel: 'handeling', naam: 'handeling_span_id_check', kolom: 'span_id', lengte: 16, tekens: HEX },
  { tabel: 'feit', naam: 'feit_persoon_bsn_check', kolom: 'persoon_bsn', lengte: 9, tekens: CIJFERS },
  {
    tabel: 'huishouden',
    naam: 'huishouden_bsn_aanvrager_check',
    kolom: 'bsn_aanvrager',
    lengte: 9,
    tekens: CIJFERS,
  },
];

/** The check's expression as the catalogue holds it, e.g. `((length(trace_id) = 32) AND …)`. */
async function definitie(db: Db, c: Check): Promise<string> {
  const r = await db.query<{ def: string }>(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conname = $1 AND conrelid = to_regclass($2)`,
    [c.naam, c.tabel],
  );
  expect(r.rows, `${c.naam} in the catalogue`).toHaveLength(1);
  const def = r.rows[0]!.def;
  expect(def).toMatch(/^CHECK \(/);
  return def.slice('CHECK '.length);
}

/** The expression applied to `s.x` instead of the column. */
function op(expressie: string, kolom: string): string {
  return expressie.replace(new RegExp(`\\b${kolom}\\b`, 'g'), 's.x');
}

function waarden(c: Check): string[] {
  const { lengte, tekens } = c;
  return fc.sample(
    fc.oneof(
      fc
        .array(fc.constantFrom(...tekens), { minLength: lengte - 1, maxLength: lengte + 1 })
        .map((a) => a.join('')),
      fc
        .array(fc.constantFrom(...tekens.slice(0, 16)), { minLength: lengte, maxLength: lengte })
        .map((a) => a.join('')),
      fc.constant('0'.repeat(lengte)),
    ),
    300,
  );
}

describeEachDatabase('migration 009 checks on $naam', ({ open }) => {
  let db: Db;
  const oud = new Map<string, string>();
  const nieuw = new Map<string, string>();
  beforeAll(async () => {
    db = await open({ totVersie: 8 });
    for (const c of CHECKS) oud.set(c.naam, await definitie(db, c));
    expect(await migreer(db, 9)).toEqual([9]);
    for (const c of CHECKS) nieuw.set(c.naam, await definitie(db, c));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('replaces every bounded regular expression by a length and a character class', () => {
    for (const c of CHECKS) {
      expect(oud.get(c.naam), c.naam).toMatch(/~ '\^\[[^\]]+\]\{\d+\}\$'/);
      expect(nieuw.get(c.naam), c.naam).not.toMatch(/\{\d+\}/);
      expect(nieuw.get(c.naam), c.naam).toContain(`length(${c.kolom}) = ${c.lengte}`);
    }
  });

  it('accepts exactly what the old checks accepted (property, on the catalogue’s own checks)', async () => {
    for (const c of CHECKS) {
      const xs = waarden(c);
      // A CHECK passes unless its expression is false.
      const r = await db.query<{ x: string; oud: boolean; nieuw: boolean }>(
        `SELECT s.x, (${op(oud.get(c.naam)!, c.kolom)}) IS NOT FALSE AS oud,
                (${op(nieuw.get(c.naam)!, c.kolom)}) IS NOT FALSE AS nieuw
           FROM unnest($1::text[]) AS s(x)`,
        [xs],
      );
      expect(r.rows).toHaveLength(xs.length);
      for (const rij of r.rows) expect(rij.nieuw, `${c.naam} ${JSON.stringify(rij.x)}`).toBe(rij.oud);
      expect(
        r.rows.some((x) => x.oud),
        `${c.naam}: some value is accepted`,
      ).toBe(true);
      expect(
        r.rows.some((x) => !x.oud),
        `${c.naam}: some value is refused`,
      ).toBe(true);
    }
  });

  it('the tables accept a well-formed BSN and refuse a malformed one', async () => {
    await db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (1, '123456782')");
    await expect(
      db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (2, '1234567890')"),
    ).rejects.toThrow(/huishouden_bsn_aanvrager_check/);
    await expect(
      db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (2, '12345678a')"),
    ).rejects.toThrow(/huishouden_bsn_aanvrager_check/);
    const feit = (bsn: string) =>
      db.query(
        "INSERT INTO feit (huishouden_id, soort, persoon_bsn, waarde, bron, geregistreerd_op) VALUES (1, 'persoon', $1, '{}', 'brp', now())",
        [bsn],
      );
    await feit('123456782');
    await expect(feit('12345678x')).rejects.toThrow(/feit_persoon_bsn_check/);
    await expect(feit('12345678')).rejects.toThrow(/feit_persoon_bsn_check/);
  });

  it('the log accepts well-formed trace and span ids and refuses others', async () => {
    const handeling = (trace: string, span: string) =>
      db.query(
        "INSERT INTO handeling (trace_id, span_id, actor_id, actor_rol, actie, op) VALUES ($1, $2, 'a', 'behandelaar', 'lezen', now())",
        [trace, span],
      );
    await handeling('0af7651916cd43dd8448eb211c80319c', 'b7ad6b7169203331');
    await expect(handeling('0AF7651916CD43DD8448EB211C80319C', 'b7ad6b7169203331')).rejects.toThrow(
      /handeling_trace_id_check/,
    );
    await expect(handeling('0af7651916cd43dd8448eb211c80319c', 'b7ad6b716920333')).rejects.toThrow(
      /handeling_span_id_check/,
    );
  });
});
