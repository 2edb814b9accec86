/**
 * Issue 20 over HTTP: the policy analyst starts a year simulation, follows it month by month and
 * reads the result; one runs at a time (409); bad input is a 400 naming the field; other roles are
 * refused (403), whatever they send; the product's own data is untouched by the run.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { expect, it } from 'vitest';
import { gebruikApiTest } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

describeEachDatabase('year simulations over HTTP on $naam', ({ open }) => {
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
  const aantalZaken = async () =>
    Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM zaak')).rows[0]!.n);

  it('start, a second start refused while it runs, follow, read the result', async () => {
    const zakenVoor = await aantalZaken();
    const start = await vraag('beleidsmedewerker', 'POST', '/jaarsimulaties', { huishoudens: 6, seed: 5 });
    expect(start.status).toBe(201);
    expect(start.body).toMatchObject({
      status: 'bezig',
      huishoudens: 6,
      seed: 5,
      varianten: ['basis', 'product'],
      maandenGedaan: 0,
      door: 'm-beleid-1',
    });
    const tweede = await vraag('beleidsmedewerker', 'POST', '/jaarsimulaties', { huishoudens: 1 });
    expect(tweede.status).toBe(409);
    expect(tweede.body.detail).toContain(`Er loopt al een jaarsimulatie (nummer ${start.body.id}`);
    await t.o.jaarsimulaties!.klaar();
    const klaar = await vraag('beleidsmedewerker', 'GET', `/jaarsimulaties/${start.body.id}`);
    expect(klaar.status).toBe(200);
    expect(klaar.body.status).toBe('klaar');
    expect(klaar.body.maandenGedaan).toBe(klaar.body.maandenTotaal);
    expect(klaar.body.maandenTotaal).toBeGreaterThanOrEqual(24);
    const r = klaar.body.resultaat;
    expect(r.huishoudens).toBe(6);
    expect(r.seed).toBe(5);
    expect(r.database).toBe('PGlite');
    expect(r.varianten.map((v: Json) => v.variant)).toEqual(['basis', 'product']);
    expect(r.doel).toHaveLength(2);
    for (const v of r.varianten) {
      expect(v.huishoudens).toBe(6);
      expect(v.eta.binnen20Procent).toBeLessThanOrEqual(v.eta.gemeten);
    }
    // The run wrote nothing into the product's database.
    expect(await aantalZaken()).toBe(zakenVoor);
    const lijst = await vraag('beleidsmedewerker', 'GET', '/jaarsimulaties');
    expect(lijst.status).toBe(200);
    expect(lijst.body[0]).toMatchObject({ id: start.body.id, status: 'klaar' });
    expect(lijst.body[0].resultaat).toBeUndefined();
    // A new start once it is done is allowed again.
    const derde = await vraag('beleidsmedewerker', 'POST', '/jaarsimulaties', {
      huishoudens: 1,
      varianten: ['product'],
    });
    expect(derde.status).toBe(201);
    await t.o.jaarsimulaties!.klaar();
  }, 600_000);

  it('bad input is a 400 naming the field, and nothing is started', async () => {
    const voor = (await vraag('beleidsmedewerker', 'GET', '/jaarsimulaties')).body.length;
    const gevallen: [object, string][] = [
      [{ huishoudens: 0 }, 'huishoudens'],
      [{ huishoudens: 2001 }, 'huishoudens'],
      [{ huishoudens: 2.5 }, 'huishoudens'],
      [{ seed: -1 }, 'seed'],
      [{ varianten: [] }, 'varianten'],
      [{ varianten: ['wensdenken'] }, 'varianten'],
      [{ varianten: ['basis', 'basis'] }, 'varianten'],
      [{ onbekend: 1 }, 'onbekend'],
    ];
    for (const [body, veld] of gevallen) {
      const r = await vraag('beleidsmedewerker', 'POST', '/jaarsimulaties', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(r.body), JSON.stringify(body)).toContain(veld);
    }
    expect((await vraag('beleidsmedewerker', 'GET', '/jaarsimulaties')).body.length).toBe(voor);
    expect((await vraag('beleidsmedewerker', 'GET', '/jaarsimulaties/999999')).status).toBe(404);
  });

  it('a citizen, a case worker, a team lead, an auditor may not start or read one (403)', async () => {
    for (const rol of ['burger', 'behandelaar', 'teamleider', 'auditor']) {
      expect((await vraag(rol, 'POST', '/jaarsimulaties', { huishoudens: 1 })).status, rol).toBe(403);
      expect((await vraag(rol, 'GET', '/jaarsimulaties')).status, rol).toBe(403);
      expect((await vraag(rol, 'GET', '/jaarsimulaties/1')).status, rol).toBe(403);
    }
    const zonder = await t.app.inject({ method: 'POST', url: '/v1/jaarsimulaties', payload: {} });
    expect(zonder.statusCode).toBe(401);
  });
});
