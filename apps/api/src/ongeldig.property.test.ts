/**
 * Generated requests for every route, as a caller who may use the route: half of them derived from
 * the route's own zod schemas with ids and BSNs that exist in the test database (so they pass
 * validation and reach the services), half invalid or random. The answer is never a 5xx, an error
 * is always problem+json, and a refused request changes nothing in the database (no half-written
 * change). Per route it prints how many requests passed validation, and every write route must see
 * at least a third of them pass.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { testBsn } from '@regelmaat/dossier-opslag/testing';
import { DEMO_ACCOUNTS, DEMO_PARTNER, RECHTEN, ROLLEN } from '@regelmaat/toegang';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES } from './routes';
import { gebruikApiTest } from './testing/api-omgeving';
import { geldigVerzoek, isGeldig, type Voorraad } from './testing/arbitraries';

const HUISHOUDEN = JSON.parse(
  readFileSync(
    fileURLToPath(
      new URL('../../../packages/law/examples/gezin-met-kinderopvang-2026.json', import.meta.url),
    ),
    'utf8',
  ),
) as unknown;

async function voorraad(db: Db, bsn1: string, bsn2: string): Promise<Voorraad> {
  const ids = async (tabel: string) =>
    (await db.query<{ id: string }>(`SELECT id FROM ${tabel} ORDER BY id DESC LIMIT 20`)).rows.map((r) =>
      Number(r.id),
    );
  const werkers = DEMO_ACCOUNTS.filter((a) => a.rol === 'behandelaar' || a.rol === 'teamleider');
  return {
    bsns: [bsn1, bsn2],
    // Household 2's child (the demo partner's client), see rollen.test.ts.
    kindBsns: [testBsn(22)],
    zaakIds: await ids('zaak'),
    beschikkingIds: await ids('beschikking'),
    besluitIds: await ids('maatwerkbesluit'),
    toepassingIds: await ids('maatwerk_toepassing'),
    medewerkers: werkers.map((a) => a.id),
    teams: ['uitval', 'maatwerk'],
    gebruikersnamen: DEMO_ACCOUNTS.map((a) => a.gebruikersnaam),
    wachtwoorden: DEMO_ACCOUNTS.map((a) => a.wachtwoord),
    clientIds: [DEMO_PARTNER.clientId],
    secrets: [DEMO_PARTNER.secret],
    huishouden: HUISHOUDEN,
  };
}

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
  'zienswijze_reactie',
  'zienswijze_afronding',
  'invordering_run',
  'begeleiding',
  'contactmoment',
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

/** Strings PostgreSQL refuses or that are not text at all, mixed into the invalid requests. */
const rareTekst = fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udc00', '\u0000'.repeat(3));

const rolVan = (r: (typeof ROUTES)[number]) =>
  r.toegang === 'publiek'
    ? undefined
    : ROLLEN.find((x) => (r.toegang as readonly string[]).some((y) => RECHTEN[x].includes(y as never)));

describeEachDatabase('generated requests on $naam', ({ naam, open }) => {
  const t = gebruikApiTest(open);
  const geldigTeller = new Map<string, { geldig: number; totaal: number }>();
  beforeAll(async () => {
    // Every session first: the login routes below lock accounts they guess wrong for.
    for (const r of ROUTES) {
      const rol = rolVan(r);
      if (rol) await t.token(rol);
    }
  }, 60_000);
  afterAll(() => {
    const regels = [...geldigTeller].map(([k, { geldig, totaal }]) => `  ${k}: ${geldig}/${totaal}`);
    console.log(`Requests that passed validation, per route (${naam}):\n${regels.join('\n')}`);
  });

  for (const r of ROUTES) {
    it(`${r.methode} ${r.pad}: never a 5xx, refusals change nothing`, async () => {
      const rol = rolVan(r);
      const token = rol ? await t.token(rol) : undefined;
      const v = await voorraad(t.db, t.bsn1, t.bsn2);
      const ongeldig = fc.record({
        id: padDeel,
        query: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), rareTekst), {
          maxKeys: 3,
        }),
        body: fc.oneof(waarde, rareTekst),
      });
      const teller = { geldig: 0, totaal: 0 };
      geldigTeller.set(`${r.methode} ${r.pad}`, teller);
      await fc.assert(
        fc.asyncProperty(
          // Two in three derived from the schemas, one in three invalid or random.
          fc
            .tuple(fc.integer({ min: 0, max: 2 }), geldigVerzoek(r, v), ongeldig)
            .map(([k, geldig, fout]) => (k < 2 ? geldig : fout)),
          async ({ id, query, body }) => {
            teller.totaal++;
            if (isGeldig(r, id, query, body)) teller.geldig++;
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
              expect(await tellingen(t.db), res.body).toBe(voor);
            }
          },
        ),
        { numRuns: 24, seed: 20_261_203 + ROUTES.indexOf(r) },
      );
      // Write routes must be reached, not only refused at the door.
      if (r.methode === 'POST')
        expect(teller.geldig * 3, `${teller.geldig}/${teller.totaal}`).toBeGreaterThanOrEqual(teller.totaal);
    }, 60_000);
  }
});
