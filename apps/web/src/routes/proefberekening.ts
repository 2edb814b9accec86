/**
 * @module
 * Routes of the public proefberekening: GET shows the empty form; POST either changes the number
 * of child rows (no JavaScript needed) or checks the form (the law's own input schema, problems
 * mapped back to their field) and computes with the service `berekenAdhoc` (as POST /v1/berekeningen).
 * Nothing typed here is stored or logged.
 */
import { berekenAdhoc, type Omgeving } from '@regelmaat/diensten';
import type { FastifyInstance } from 'fastify';
import type { WebHulp } from '../app';
import { Proefberekening } from '../pages/Proefberekening';
import { LEEG_FORMULIER, leesFormulier, metKinderen, naarHuishouden } from '../proefberekening/invoer';

export async function proefberekeningRoutes(app: FastifyInstance, o: Omgeving, web: WebHulp): Promise<void> {
  app.get('/proefberekening', async (request, reply) =>
    web.render(reply, Proefberekening({ ctx: web.ctx(request), formulier: LEEG_FORMULIER, fouten: [] })),
  );

  app.post('/proefberekening', async (request, reply) => {
    const { formulier, actie } = leesFormulier((request.body ?? {}) as Record<string, unknown>);
    const ctx = web.ctx(request);
    if (actie !== 'berekenen') {
      const n = formulier.kinderen.length + (actie === 'kind-toevoegen' ? 1 : -1);
      return web.render(reply, Proefberekening({ ctx, formulier: metKinderen(formulier, n), fouten: [] }));
    }
    const r = naarHuishouden(formulier);
    if (r.ok === false) return web.render(reply, Proefberekening({ ctx, formulier, fouten: r.fouten }), 400);
    if (r.ok === 'buitenland')
      return web.render(reply, Proefberekening({ ctx, formulier, fouten: [], buitenland: true }));
    // The same service as POST /v1/berekeningen: it checks the household with the law's schema again.
    const berekening = berekenAdhoc(o, r.huishouden);
    return web.render(
      reply,
      Proefberekening({ ctx, formulier, fouten: [], berekening, aannames: r.aannames }),
    );
  });
}
