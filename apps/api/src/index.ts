/**
 * @module
 * @regelmaat/api — the service API under /v1 (C5, C6, C15), on Fastify. `maakApi` builds the
 * server for an `Omgeving` (database, law, clock, keys); other front ends (the web app) can be
 * registered on the same instance.
 */
import type { Omgeving } from '@regelmaat/diensten';
import Fastify, { type FastifyInstance } from 'fastify';
import { type ApiOpties, apiPlugin } from './app';

export { API_VERSIE, type ApiOpties, apiPlugin } from './app';
export { openapiDocument } from './openapi';
export type { RouteDef, Toegang } from './route';
export { ROUTES } from './routes';

export interface ServerOpties extends ApiOpties {
  /** Log requests (no personal data: BSNs travel in bodies, never in URLs). */
  log?: boolean;
}

export async function maakApi(o: Omgeving, opties: ServerOpties = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opties.log
      ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] }
      : false,
    bodyLimit: 1_000_000,
  });
  await app.register(async (scope) => apiPlugin(scope, o, opties), { prefix: '/v1' });
  return app;
}
