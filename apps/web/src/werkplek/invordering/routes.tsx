/**
 * @module
 * `/werk/invordering` (issue 15): a household's recoveries, ledger and plan by BSN (the read is
 * logged by the service for each person), and the team's counts for whoever may read reports. The
 * services check every right again.
 */
import { invorderingCijfers, type Omgeving, terugbetalenVan } from '@regelmaat/diensten';
import { heeftRecht } from '@regelmaat/toegang';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { WebHulp } from '../../app';
import { dienstCtx, dienstSessie, metFouten } from '../../diensten/context';
import { queryVan } from '../../formulieren/verzoek';
import { InvorderingPagina } from './InvorderingPagina';

const Vraag = z.object({ bsn: z.string().trim().max(20).optional().catch(undefined) });

export function invorderingRoutes(o: Omgeving, app: FastifyInstance, web: WebHulp): void {
  app.get(
    '/werk/invordering',
    { preHandler: web.vereisInlog('medewerker') },
    metFouten(web, 'medewerker', async (request, reply) => {
      const ctx = dienstCtx(o, web, request);
      const bsn = queryVan(request, Vraag).bsn ?? '';
      const cijfers = heeftRecht(dienstSessie(ctx).rol, 'rapportage:lezen')
        ? await invorderingCijfers(o, ctx)
        : undefined;
      let data: Awaited<ReturnType<typeof terugbetalenVan>> | undefined;
      if (bsn) data = await terugbetalenVan(o, ctx, { bsn });
      return web.render(
        reply,
        InvorderingPagina({
          ctx: web.ctx(request),
          bsn,
          ...(data ? { data } : {}),
          ...(cijfers ? { cijfers } : {}),
        }),
      );
    }),
  );
}
