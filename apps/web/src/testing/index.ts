/**
 * @module
 * Test helpers of @regelmaat/web: an in-memory Auth, placeholder landing pages, and a Fastify
 * instance with the web app on it.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { webApp } from '../app';
import type { WebConfig } from '../config';
import { GeheugenAuth } from './geheugen-auth';
import { testLanding } from './landing';

export { GeheugenAuth, TEST_BURGERS, TEST_MEDEWERKERS, type TestMedewerker } from './geheugen-auth';
export { testLanding } from './landing';

/** A Fastify instance with the web app, the in-memory Auth and the test landing pages. */
export async function testWebApp(
  config: Partial<WebConfig> = {},
): Promise<{ app: FastifyInstance; auth: GeheugenAuth }> {
  const auth = new GeheugenAuth();
  const app = Fastify({ logger: false });
  await app.register(webApp, {
    auth,
    config: { digidSimulatie: true, ...config },
    paginas: [testLanding],
  });
  await app.ready();
  return { app, auth };
}
export { type Antwoord, Bezoeker } from './bezoeker';
