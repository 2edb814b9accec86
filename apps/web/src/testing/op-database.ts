/**
 * @module
 * Test setup for HTTP tests of the web app on the real services: per database of
 * `describeEachDatabase` (PGlite, and PostgreSQL when DATABASE_URL is set) a test environment of
 * `@regelmaat/diensten/testing` and the web server on it, opened before and closed after the
 * `describe` block that calls it. Not exported from `@regelmaat/web/testing` (it needs Vitest).
 */
import type { Db } from '@regelmaat/db';
import { maakTestOmgeving, type TestOmgeving } from '@regelmaat/diensten/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { maakWebServer } from '../diensten/server';

export interface WebOpDatabase {
  readonly db: Db;
  readonly t: TestOmgeving;
  readonly app: FastifyInstance;
}

/** Registers beforeAll/afterAll; the fields of the returned object are set once beforeAll ran. */
export function webOpDatabase(open: () => Promise<Db>): WebOpDatabase {
  const w = {} as { db: Db; t: TestOmgeving; app: FastifyInstance };
  beforeAll(async () => {
    w.db = await open();
    w.t = await maakTestOmgeving(w.db);
    w.app = await maakWebServer(w.t.o, { digidSimulatie: true });
  }, 60_000);
  afterAll(async () => {
    await w.app?.close();
    await w.db?.close();
  });
  return w;
}
