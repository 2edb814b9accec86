/**
 * @module
 * Test helpers of @regelmaat/web: the web app on the real services over an in-memory database
 * (PGlite) with the demo accounts, with placeholder landing pages
 * that show who is logged in, and a browser-like visitor.
 */
import { openDb } from '@regelmaat/db';
import type { Omgeving } from '@regelmaat/diensten';
import { maakKaleTestOmgeving } from '@regelmaat/diensten/testing';
import Fastify, { type FastifyInstance } from 'fastify';
import { webApp } from '../app';
import type { WebConfig } from '../config';
import { testLanding } from './landing';

export { testLanding } from './landing';

/**
 * A Fastify instance with the web app on the services of a fresh in-memory database (migrations and
 * the demo accounts, no households), and the test
 * landing pages instead of the portal and workspace. Closing the app closes the database.
 */
export async function testWebApp(
  config: Partial<WebConfig> = {},
): Promise<{ app: FastifyInstance; o: Omgeving }> {
  const db = await openDb({ dataDir: 'memory://' });
  const o = await maakKaleTestOmgeving(db);
  const app = Fastify({ logger: false });
  app.addHook('onClose', async () => db.close());
  await app.register(webApp, {
    o,
    config: { digidSimulatie: true, ...config },
    paginas: [testLanding],
  });
  await app.ready();
  return { app, o };
}
// The browser harness, for end-to-end tests outside this package (the CLI's demo test).
export { CHROMIUM, checkAxe, type E2e, screenshot, startE2e } from '../e2e/harness';
export { type Antwoord, Bezoeker } from './bezoeker';
