/**
 * The algorithm register over the API: public, every entry with the Publicatiestandaard's fields,
 * one entry by id, a problem+json 404 for an unknown id and 400 for an id that cannot be one.
 */
import { openDb } from '@regelmaat/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTest, maakApiTest } from './testing/api-omgeving';

describe('GET /v1/algoritmeregister', () => {
  let t: ApiTest;
  beforeAll(async () => {
    t = await maakApiTest(await openDb({ dataDir: 'memory://' }));
  }, 60_000);
  afterAll(async () => {
    await t?.app.close();
    await t?.db.close();
  });

  it('lists every algorithm without a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/algoritmeregister' });
    expect(res.statusCode).toBe(200);
    const { algoritmes } = res.json() as { algoritmes: { id: string; publicatiecategorie: string }[] };
    expect(algoritmes.map((a) => a.id)).toEqual([
      'berekening-zorgtoeslag',
      'berekening-huurtoeslag',
      'berekening-kindgebonden_budget',
      'berekening-kinderopvangtoeslag',
      'uitval-selectie',
    ]);
    expect(new Set(algoritmes.map((a) => a.publicatiecategorie))).toEqual(new Set(['B']));
  });

  it('gives one algorithm with its rules and the queues they feed', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/algoritmeregister/uitval-selectie' });
    expect(res.statusCode).toBe(200);
    const entry = res.json() as { regels: { code: string; team: string; zaaktype: string }[] };
    expect(entry.regels.find((r) => r.code === 'HOGE_TERUGVORDERING')).toMatchObject({
      team: 'invordering',
      zaaktype: 'Zienswijze vóór terugvordering',
    });
    expect(entry.regels.find((r) => r.code === 'VERMOGEN_RAND')).toMatchObject({ team: 'uitval' });
  });

  it('answers an unknown id with 404 and an impossible one with 400, as problem+json', async () => {
    const onbekend = await t.app.inject({
      method: 'GET',
      url: '/v1/algoritmeregister/berekening-proeftoeslag',
    });
    expect(onbekend.statusCode).toBe(404);
    expect(onbekend.headers['content-type']).toContain('application/problem+json');
    const fout = await t.app.inject({ method: 'GET', url: '/v1/algoritmeregister/%3Cscript%3E' });
    expect(fout.statusCode).toBe(400);
    expect(fout.headers['content-type']).toContain('application/problem+json');
  });
});
