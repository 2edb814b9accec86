/**
 * Issue 18 over HTTP: the policy analyst starts a reform on the synthetic population, follows it and
 * reads the result; other roles are refused; a reform that does not fit the law is a 400 that
 * names the part and the parameter, never a 500.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { expect, it } from 'vitest';
import { gebruikApiTest } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

describeEachDatabase('simulations over HTTP on $naam', ({ open }) => {
  const t = gebruikApiTest(open);
  const vraag = async (rol: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const r = await t.app.inject({
      method,
      url: `/v1${url}`,
      headers: { authorization: `Bearer ${await t.token(rol)}` },
      ...(payload ? { payload } : {}),
    });
    return { status: r.statusCode, body: r.json() as Json };
  };

  it('start, follow, read: the 2026 huurtoeslag package on the test population', async () => {
    const lijst = await vraag('beleidsmedewerker', 'GET', '/simulaties/hervormingen');
    expect(lijst.status).toBe(200);
    expect(lijst.body.map((h: Json) => h.naam)).toContain('huurtoeslag-2026-pakket');
    const start = await vraag('beleidsmedewerker', 'POST', '/simulaties', {
      hervorming: 'huurtoeslag-2026-pakket',
    });
    expect(start.status).toBe(201);
    expect(['wacht', 'bezig', 'klaar']).toContain(start.body.status);
    await t.o.simulaties!.klaar();
    const klaar = await vraag('beleidsmedewerker', 'GET', `/simulaties/${start.body.id}`);
    expect(klaar.status).toBe(200);
    expect(klaar.body.status).toBe('klaar');
    expect(klaar.body.gedaan).toBe(klaar.body.totaal);
    const ht = klaar.body.resultaat.begroting.find((b: Json) => b.regeling === 'huurtoeslag');
    expect(ht.verschil).toBeGreaterThan(0);
    expect(klaar.body.resultaat.waterval[0].totaal).toBe(ht.verschil);
    // The workload: every household of the server's snapshot counted on both sides.
    const w = klaar.body.resultaat.werklast;
    expect(w.steekproef).toBe(klaar.body.resultaat.huishoudens);
    expect(w.zaken.map((z: Json) => z.code)).toContain('HOGE_TERUGVORDERING');
    expect(w.opgehoogd.voorschotWijzigt).toBeGreaterThan(0);
  });

  it('other roles may not simulate (403), and an unknown run is a 404', async () => {
    for (const rol of ['behandelaar', 'teamleider', 'auditor', 'burger']) {
      expect((await vraag(rol, 'POST', '/simulaties', { hervorming: 'normhuur-variant' })).status).toBe(403);
      expect((await vraag(rol, 'GET', '/simulaties/hervormingen')).status).toBe(403);
    }
    expect((await vraag('beleidsmedewerker', 'GET', '/simulaties/999999')).status).toBe(404);
  });

  it('refuses a reform that does not fit the law with a 400 naming the part and the parameter', async () => {
    const yaml =
      'naam: Fout\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: 2026\nonderdelen:\n  - naam: Te hoog\n    wijzigingen:\n      - { parameter: zorgtoeslag.afbouwpercentage, vanaf: 2026-01-01, waarde: 140, voorstel: te hoog percentage }\n';
    const r = await vraag('beleidsmedewerker', 'POST', '/simulaties', { yaml });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toMatch(/Te hoog: .*afbouwpercentage/);
    const beide = await vraag('beleidsmedewerker', 'POST', '/simulaties', {
      yaml,
      hervorming: 'normhuur-variant',
    });
    expect(beide.status).toBe(400);
    const onbekend = await vraag('beleidsmedewerker', 'POST', '/simulaties', { hervorming: 'bestaat-niet' });
    expect(onbekend.status).toBe(400);
  });
});
