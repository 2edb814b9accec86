/**
 * Issue 10, item 3: health endpoints, and the API after PostgreSQL dropped its connections.
 * Liveness and readiness on both databases; on PostgreSQL the server's pool backends are
 * terminated (pg_terminate_backend, only this test's own) and the next request still succeeds.
 */
import { type Db, openDb, openPostgres } from '@regelmaat/db';
import { describeEachDatabase, postgresTitel } from '@regelmaat/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakApi } from './index';
import { type ApiTest, maakApiTest } from './testing/api-omgeving';

describeEachDatabase('health endpoints on $naam', ({ open }) => {
  let t: ApiTest;
  beforeAll(async () => {
    t = await maakApiTest(await open());
  }, 60_000);
  afterAll(async () => {
    await t?.app.close();
    await t?.db.close();
  });

  it('live and ready answer 200 without a login, and are in the OpenAPI document', async () => {
    const live = await t.app.inject({ method: 'GET', url: '/v1/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'levend' });
    const ready = await t.app.inject({ method: 'GET', url: '/v1/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'gereed', database: 'bereikbaar' });
    const doc = (await t.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json() as {
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(doc.paths['/health/ready']?.get?.responses ?? {})).toContain('503');
    expect(doc.paths['/health/live']?.get).toBeDefined();
  });

  it('ready is 503 problem+json while the database does not answer, live stays 200', async () => {
    // The same services on a database that does not answer (readiness asks `bereikbaar`).
    const db: Db = { ...t.db, bereikbaar: async () => false };
    const weg = { app: await maakApi({ ...t.o, db }) };
    try {
      const ready = await weg.app.inject({ method: 'GET', url: '/v1/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['content-type']).toContain('application/problem+json');
      expect((ready.json() as { code: string }).code).toBe('niet-beschikbaar');
      expect((await weg.app.inject({ method: 'GET', url: '/v1/health/live' })).statusCode).toBe(200);
    } finally {
      await weg.app.close();
    }
  }, 60_000);
});

const URL_ = process.env.DATABASE_URL;

describe.skipIf(!URL_)(postgresTitel('the API after PostgreSQL terminated its backends'), () => {
  const schema = `api_herstel_${process.pid}_${Date.now().toString(36)}`;
  const naam = `regelmaat-test-${schema}`;
  let t: ApiTest;
  let beheer: Db;
  beforeAll(async () => {
    const url = new URL(URL_!);
    url.searchParams.set('application_name', naam);
    t = await maakApiTest(await openDb({ databaseUrl: url.toString(), schema }));
    beheer = await openPostgres({ url: URL_!, max: 1 });
  }, 60_000);
  afterAll(async () => {
    await t?.app.close();
    await t?.db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await t?.db.close();
    await beheer?.close();
  });

  it('the next request succeeds, twice in a row, and readiness stays true', async () => {
    const token = await t.token('behandelaar');
    const vraag = () =>
      t.app.inject({
        method: 'POST',
        url: '/v1/dossiers/opvragen',
        headers: { authorization: `Bearer ${token}` },
        payload: { bsn: t.bsn1 },
      });
    const voor = await vraag();
    expect(voor.statusCode).toBe(200);
    for (let i = 0; i < 2; i++) {
      const r = await beheer.query<{ n: string }>(
        'SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE application_name = $1',
        [naam],
      );
      expect(Number(r.rows[0]!.n)).toBeGreaterThan(0);
      const na = await vraag();
      expect(na.statusCode).toBe(voor.statusCode);
      expect(na.body).toBe(voor.body);
      expect((await t.app.inject({ method: 'GET', url: '/v1/health/ready' })).statusCode).toBe(200);
    }
  }, 60_000);
});
