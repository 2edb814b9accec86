/**
 * Test setup for the API: the shared test Omgeving (demo accounts, households with advance
 * decisions, a case) behind the API, and tokens per role for requests.
 */
import type { Db } from '@regelmaat/db';
import type { Omgeving } from '@regelmaat/diensten';
import { maakTestOmgeving, NU } from '@regelmaat/diensten/testing';
import { DEMO_ACCOUNTS, DEMO_PARTNERS } from '@regelmaat/toegang';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { maakApi } from '../index';
import { testJaarsimulaties } from './jaarsimulaties';

export { NU };

export interface ApiTest {
  db: Db;
  o: Omgeving;
  app: FastifyInstance;
  /** BSN of the applicant of household 1 (has advance decisions) and of household 2. */
  bsn1: string;
  bsn2: string;
  /** Id of an open uitval case of household 1. */
  zaakId: number;
  /** A session token for the n-th demo account of a role (0 = first; partner: the n-th demo partner). */
  token(rol: string, n?: number): Promise<string>;
  /** A new session for a role, not shared with other tests (e.g. to log it out). */
  verseToken(rol: string, n?: number): Promise<string>;
}

export async function maakApiTest(db: Db, klok: () => string = () => NU): Promise<ApiTest> {
  const { o, bsn1, bsn2, zaakId } = await maakTestOmgeving(db, klok);
  o.jaarsimulaties = testJaarsimulaties();
  const app = await maakApi(o, { valideerAntwoorden: true });
  const tokens = new Map<string, string>();
  const verseToken = async (rol: string, n = 0): Promise<string> => {
    let r: Awaited<ReturnType<typeof app.inject>>;
    if (rol === 'burger') {
      r = await app.inject({ method: 'POST', url: '/v1/sessies/digid-simulatie', payload: { bsn: bsn1 } });
    } else if (rol === 'partner') {
      const p = DEMO_PARTNERS[n];
      if (!p) throw new Error(`geen demo-partner ${n}`);
      r = await app.inject({
        method: 'POST',
        url: '/v1/sessies/partner',
        payload: { clientId: p.clientId, secret: p.secret },
      });
    } else {
      const a = DEMO_ACCOUNTS.filter((x) => x.rol === rol)[n];
      if (!a) throw new Error(`geen demo-account met rol ${rol}`);
      r = await app.inject({
        method: 'POST',
        url: '/v1/sessies',
        payload: { gebruikersnaam: a.gebruikersnaam, wachtwoord: a.wachtwoord },
      });
    }
    if (r.statusCode !== 201) throw new Error(`inloggen als ${rol}: ${r.statusCode} ${r.body}`);
    return (r.json() as { token: string }).token;
  };
  const token = async (rol: string, n = 0): Promise<string> => {
    const bekend = tokens.get(`${rol}:${n}`);
    if (bekend) return bekend;
    const t = await verseToken(rol, n);
    tokens.set(`${rol}:${n}`, t);
    return t;
  };
  return { db, o, app, bsn1, bsn2, zaakId, token, verseToken };
}

/**
 * Registers the hooks of a test file: a fresh database from `open` and the API on it before all
 * tests, both closed after. The returned object is filled in before the first test runs.
 */
export function gebruikApiTest(open: () => Promise<Db>): ApiTest {
  const t = {} as ApiTest;
  beforeAll(async () => {
    Object.assign(t, await maakApiTest(await open()));
  }, 60_000);
  afterAll(async () => {
    await t.app?.close();
    await t.db?.close();
  });
  return t;
}
