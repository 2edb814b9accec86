/**
 * @module
 * `beleidPaginas(o)`: the policy analyst's simulations under /beleid/simulaties on the services of
 * @regelmaat/diensten (`hervormingen`, `startSimulatie`, `simulatie`): choose a shipped reform, run
 * it, follow it and read the result. Staff login; the services check `simulatie:uitvoeren`.
 */
import {
  hervormingen,
  type Omgeving,
  SimulatieVerzoek,
  simulatie,
  startSimulatie,
  valideer,
} from '@regelmaat/diensten';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebHulp } from '../app';
import { dienstCtx, metFouten } from '../diensten/context';
import { idVan, veld } from '../formulieren/verzoek';
import { SimulatieLijst, SimulatiePagina } from './Simulaties';

export function beleidPaginas(o: Omgeving) {
  return (app: FastifyInstance, web: WebHulp): void => {
    const pre = { preHandler: web.vereisInlog('medewerker') };
    const pagina = (h: Parameters<typeof metFouten>[2]) => metFouten(web, 'medewerker', h);
    const ctxVan = (request: FastifyRequest) => dienstCtx(o, web, request);

    app.get(
      '/beleid/simulaties',
      pre,
      pagina(async (request, reply) =>
        web.render(reply, SimulatieLijst({ ctx: web.ctx(request), lijst: hervormingen(o, ctxVan(request)) })),
      ),
    );

    app.post(
      '/beleid/simulaties',
      pre,
      pagina(async (request, reply) => {
        const vraag = valideer(SimulatieVerzoek, { hervorming: veld(request.body, 'hervorming') });
        const s = startSimulatie(o, ctxVan(request), vraag);
        return reply.redirect(`/beleid/simulaties/${s.id}`, 303);
      }),
    );

    app.get(
      '/beleid/simulaties/:id',
      pre,
      pagina(async (request, reply) => {
        const s = simulatie(o, ctxVan(request), idVan(request));
        return web.render(reply, SimulatiePagina({ ctx: web.ctx(request), stand: s }));
      }),
    );
  };
}
