/**
 * @module
 * The product as one process: the service API under /v1 and the web app (citizen portal and
 * case-worker workspace) on one Fastify server, both on the same services (@regelmaat/diensten).
 */
import { apiPlugin } from '@regelmaat/api';
import type { Omgeving } from '@regelmaat/diensten';
import { beleidPaginas, controlePaginas, portaalPaginas, webApp, werkplekPaginas } from '@regelmaat/web';
import Fastify, { type FastifyInstance } from 'fastify';

export interface ServerOpties {
  /** Only the API (e.g. an API node behind a load balancer). */
  alleenApi?: boolean;
  log?: boolean;
  /**
   * Served behind TLS (`--achter-tls`, REGELMAAT_ACHTER_TLS=1): cookies are `Secure` and every
   * answer carries HSTS. Off by default so the demo works on http://127.0.0.1.
   */
  achterTls?: boolean;
  /**
   * The reverse proxy whose X-Forwarded-For is believed (an address or CIDR list; Fastify
   * `trustProxy`), e.g. `127.0.0.1`. Unset: the client address is the connection's, and a forged
   * X-Forwarded-For changes nothing (rate limits are keyed on it).
   */
  vertrouwdeProxy?: string;
  /** Stack traces of unexpected errors in the log (REGELMAAT_DEBUG=1). */
  debug?: boolean;
}

/** HSTS behind TLS: one year, subdomains included. */
export const HSTS = 'max-age=31536000; includeSubDomains';

export async function maakServer(o: Omgeving, opties: ServerOpties = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opties.log
      ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] }
      : false,
    bodyLimit: 1_000_000,
    trustProxy: opties.vertrouwdeProxy ?? false,
  });
  const tls = opties.achterTls ?? false;
  if (tls)
    app.addHook('onSend', async (_req, reply, payload) => {
      reply.header('Strict-Transport-Security', HSTS);
      return payload;
    });
  await app.register(async (scope) => apiPlugin(scope, o, { debug: opties.debug ?? false }), {
    prefix: '/v1',
  });
  if (!opties.alleenApi) {
    await app.register(async (scope) =>
      webApp(scope, {
        o,
        config: {
          digidSimulatie: o.instellingen.digidSimulatie,
          veiligeCookies: tls,
          debug: opties.debug ?? false,
        },
        paginas: [portaalPaginas(o), werkplekPaginas(o), beleidPaginas(o), controlePaginas(o)],
      }),
    );
  }
  return app;
}
