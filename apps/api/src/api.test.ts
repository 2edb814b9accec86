import { describeEachDatabase } from '@regelmaat/db/testing';
import { expect, it } from 'vitest';
import { ROUTES } from './routes';
import { gebruikApiTest } from './testing/api-omgeving';

describeEachDatabase('API conventions on $naam', ({ open }) => {
  const t = gebruikApiTest(open);

  it('serves an OpenAPI 3.0 document at /v1/openapi.json with every route', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/openapi.json' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['api-version']).toBe('1.0.0');
    const doc = r.json() as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
      info: { contact: unknown };
    };
    expect(doc.openapi).toBe('3.0.3');
    expect(doc.info.contact).toBeDefined();
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(ops.sort()).toEqual(ROUTES.map((r) => r.operationId).sort());
    // No dangling references: every $ref points into components.
    const tekst = JSON.stringify(doc);
    for (const m of tekst.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      expect(
        (doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas[m[1]!],
      ).toBeDefined();
    }
    expect(tekst).not.toContain('#/$defs');
  });

  it('answers unknown paths, bad JSON and missing login with problem+json and the API-Version header', async () => {
    const onbekend = await t.app.inject({ method: 'GET', url: '/v1/bestaat-niet' });
    expect(onbekend.statusCode).toBe(404);
    expect(onbekend.headers['content-type']).toContain('application/problem+json');
    expect(onbekend.headers['api-version']).toBe('1.0.0');
    expect(onbekend.json()).toMatchObject({ status: 404, type: expect.stringContaining('niet-gevonden') });

    const kapot = await t.app.inject({
      method: 'POST',
      url: '/v1/berekeningen',
      headers: { 'content-type': 'application/json' },
      payload: '{"berekeningsjaar": 20',
    });
    expect(kapot.statusCode).toBe(400);
    expect(kapot.headers['content-type']).toContain('application/problem+json');

    const anoniem = await t.app.inject({ method: 'GET', url: '/v1/zaken' });
    expect(anoniem.statusCode).toBe(401);
    expect(anoniem.json()).toMatchObject({ status: 401, code: 'niet-ingelogd' });

    const verlopen = await t.app.inject({
      method: 'GET',
      url: '/v1/zaken',
      headers: { authorization: 'Bearer v1.abc.def' },
    });
    expect(verlopen.statusCode).toBe(401);
    expect(verlopen.json().detail).toContain('verlopen of ongeldig');
  });

  it('names every invalid field of an ad-hoc calculation', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/v1/berekeningen',
      payload: {
        berekeningsjaar: 2026,
        aanvrager: { geboortedatum: '1990-02-30', toetsingsinkomen: 'veel' },
      },
    });
    expect(r.statusCode).toBe(400);
    const p = r.json() as { invalidParams: { name: string; reason: string }[] };
    expect(p.invalidParams.map((x) => x.name)).toEqual(
      expect.arrayContaining(['aanvrager.geboortedatum', 'aanvrager.toetsingsinkomen']),
    );
  });

  it('computes an ad-hoc household publicly, with the explanation citing the law', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/v1/berekeningen',
      payload: {
        berekeningsjaar: 2026,
        aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 20_000 },
      },
    });
    expect(r.statusCode).toBe(200);
    const zt = (
      r.json() as {
        toeslagen: {
          regeling: string;
          jaarbedrag: number;
          perioden: { uitleg: { law: { citation: string } } }[];
        }[];
      }
    ).toeslagen.find((x) => x.regeling === 'zorgtoeslag')!;
    expect(zt.jaarbedrag).toBeGreaterThan(0);
    expect(zt.perioden[0]!.uitleg.law.citation).toMatch(/Wet op de zorgtoeslag|Wzt/);
  });

  it('keeps the BSN out of URLs: no path or query parameter is a BSN; BSN queries are POST bodies', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json() as {
      paths: Record<
        string,
        Record<string, { parameters: { name: string; in: string }[]; requestBody?: unknown }>
      >;
    };
    const urlParameters = Object.values(doc.paths).flatMap((p) =>
      Object.values(p).flatMap((o) => o.parameters),
    );
    expect(urlParameters.length).toBeGreaterThan(5);
    for (const p of urlParameters) expect(p.name).not.toMatch(/bsn/i);
    for (const pad of Object.keys(doc.paths)) expect(pad).not.toMatch(/bsn/i);
    // And the routes that do take a BSN take it in the body of a POST.
    const metBsn = Object.entries(doc.paths).flatMap(([pad, p]) =>
      Object.entries(p)
        .filter(([, o]) => JSON.stringify(o.requestBody ?? {}).includes('"bsn"'))
        .map(([methode]) => `${methode} ${pad}`),
    );
    expect(metBsn).toContain('post /dossiers/opvragen');
    expect(metBsn.every((m) => m.startsWith('post '))).toBe(true);
  });
});
