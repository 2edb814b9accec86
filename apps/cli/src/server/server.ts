/**
 * @module
 * The product as one process: the service API under /v1 and the web app (citizen portal and
 * case-worker workspace) on one Fastify server, both on the same services (@regelmaat/diensten).
 */
import { apiPlugin } from '@regelmaat/api';
import type { Omgeving } from '@regelmaat/diensten';
import { dienstenAuth, portaalPaginas, webApp, werkplekPaginas } from '@regelmaat/web';
import Fastify, { type FastifyInstance } from 'fastify';

export interface ServerOpties {
  /** Only the API (e.g. an API node behind a load balancer). */
  alleenApi?: boolean;
  log?: boolean;
  /** Secure cookies (behind TLS). */
  veiligeCookies?: boolean;
}

export async function maakServer(o: Omgeving, opties: ServerOpties = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opties.log
      ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] }
      : false,
    bodyLimit: 1_000_000,
  });
  await app.register(async (scope) => apiPlugin(scope, o), { prefix: '/v1' });
  if (!opties.alleenApi) {
    await app.register(async (scope) =>
      webApp(scope, {
        auth: dienstenAuth(o),
        config: {
          digidSimulatie: o.instellingen.digidSimulatie,
          veiligeCookies: opties.veiligeCookies ?? false,
        },
        paginas: [portaalPaginas(o), werkplekPaginas(o)],
      }),
    );
  }
  return app;
}
