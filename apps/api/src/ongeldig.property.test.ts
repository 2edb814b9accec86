/**
 * Generated invalid (and random) requests for every route, as a caller who may use the route: the
 * answer is never a 5xx, an error is always problem+json, and a refused request changes nothing in
 * the database (no half-written change).
 */
import type { Db } from '@regelmaat/db';
import { testDatabases } from '@regelmaat/db/testing';
import { RECHTEN, ROLLEN } from '@regelmaat/toegang';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUTES } from './routes';
import { gebruikApiTest } from './testing/api-omgeving';

const TABELLEN = [
  'feit',
  'beschikking',
  'vereffening',
  'zaak',
  'zaak_historie',
  'maatwerkbesluit',
  'maatwerk_toepassing',
  'signaal',
  'contact',
  'verwerking',
  'handeling',
];

async function tellingen(db: Db): Promise<string> {
  const r = await db.query<{ n: string }>(
    TABELLEN.map((t) => `SELECT count(*) AS n FROM ${t}`).join(' UNION ALL '),
  );
  return r.rows.map((x) => x.n).join(',');
}

/** Values that are often almost right: numbers, ids, BSN-like strings, dates, nested objects. */
const waarde = fc.letrec((tie) => ({
  w: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      null,
      true,
      0,
      -1,
      1e308,
      '',
      '123456782',
      '2026-02-30',
      'zorgtoeslag',
      'awir-13b',
      '9'.repeat(30),
    ),
    fc.integer(),
    fc.double(),
    fc.string({ maxLength: 30 }),
    fc.array(tie('w'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom('bsn', 'versie', 'jaar', 'soort', 'bedrag', 'wijziging', 'zaakIds', 'naar', 'x'),
      tie('w'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).w;

const padDeel = fc.oneof(
  fc.constantFrom('1', '0', '-1', 'abc', '1e3', '99999999999999999999', '%00'),
  fc.nat().map(String),
);

describe.each(testDatabases())('generated requests on $naam', ({ naam, open }) => {
  const t = gebruikApiTest(open);

  for (const r of ROUTES) {
    it(`${r.methode} ${r.pad}: never a 5xx, refusals change nothing`, async () => {
      const rol =
        r.toegang === 'publiek'
          ? undefined
          : ROLLEN.find((x) => (r.toegang as readonly string[]).some((y) => RECHTEN[x].includes(y as never)));
      const token = rol ? await t.token(rol) : undefined;
      await fc.assert(
        fc.asyncProperty(
          padDeel,
          fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
          waarde,
          async (id, query, body) => {
            const voor = await tellingen(t.db);
            const pad = r.pad.replace(/\{[a-zA-Z]+\}/g, encodeURIComponent(id));
            const qs = new URLSearchParams(query).toString();
            const res = await t.app.inject({
              method: r.methode,
              url: `/v1${pad}${qs ? `?${qs}` : ''}`,
              ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
              ...(r.methode === 'POST'
                ? {
                    payload: JSON.stringify(body),
                    headers: {
                      'content-type': 'application/json',
                      ...(token ? { authorization: `Bearer ${token}` } : {}),
                    },
                  }
                : {}),
            });
            expect(res.statusCode, res.body).toBeLessThan(500);
            if (res.statusCode >= 400) {
              expect(res.headers['content-type']).toContain('application/problem+json');
              expect(await tellingen(t.db)).toBe(voor);
            }
          },
        ),
        { numRuns: naam === 'PGlite' ? 25 : 10 },
      );
    }, 60_000);
  }
});
