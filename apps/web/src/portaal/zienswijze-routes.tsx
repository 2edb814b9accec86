/**
 * @module
 * The portal's zienswijze pages (issue 15, Awir art. 26b): the list (/mijn/zienswijzen), one letter
 * with the response form (GET/POST /mijn/zienswijzen/<id>). The services check every right again
 * (own household only) and log every read and write.
 */
import {
  DienstFout,
  MAX_ZIENSWIJZE,
  NietGevonden,
  type Omgeving,
  reageerOpZienswijze,
  ZienswijzeReactieVerzoek,
  zienswijzeHtml,
  zienswijzenVoor,
} from '@regelmaat/diensten';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebHulp } from '../app';
import { dienstCtx, metFouten } from '../diensten/context';
import { idVan, queryVan, veld } from '../formulieren/verzoek';
import { t } from '../teksten';
import { MijnZienswijzen, ZienswijzePagina } from './Zienswijze';

const Vraag = z.object({ ontvangen: z.literal('1').optional().catch(undefined) });

export function zienswijzePaginas(o: Omgeving, app: FastifyInstance, web: WebHulp): void {
  const pre = { preHandler: web.vereisInlog('burger') };
  const pagina = (h: Parameters<typeof metFouten>[2]) => metFouten(web, 'burger', h);
  const eigen = async (request: FastifyRequest) => {
    const id = idVan(request);
    const z = (await zienswijzenVoor(o, dienstCtx(o, web, request), {})).find((x) => x.id === id);
    if (!z) throw new NietGevonden('Deze brief bestaat niet.');
    return z;
  };

  app.get(
    '/mijn/zienswijzen',
    pre,
    pagina(async (request, reply) => {
      const lijst = await zienswijzenVoor(o, dienstCtx(o, web, request), {});
      return web.render(
        reply,
        MijnZienswijzen({ ctx: web.ctx(request), lijst, vandaag: o.klok().slice(0, 10) }),
      );
    }),
  );

  app.get(
    '/mijn/zienswijzen/:id',
    pre,
    pagina(async (request, reply) => {
      const z = await eigen(request);
      const { ontvangen } = queryVan(request, Vraag);
      return web.render(
        reply,
        ZienswijzePagina({ ctx: web.ctx(request), z, html: zienswijzeHtml(z), ontvangen: ontvangen === '1' }),
      );
    }),
  );

  app.post(
    '/mijn/zienswijzen/:id',
    pre,
    pagina(async (request, reply) => {
      const tekst = veld(request.body, 'tekst');
      const z = await eigen(request);
      const opnieuw = (melding: string, status: number) =>
        web.render(
          reply,
          ZienswijzePagina({
            ctx: web.ctx(request),
            z,
            html: zienswijzeHtml(z),
            fouten: [{ veld: 'tekst', melding }],
            waarde: tekst.slice(0, MAX_ZIENSWIJZE + 100),
          }),
          status,
        );
      // The service's own schema; the page words its two refusals for the citizen.
      if (!ZienswijzeReactieVerzoek.safeParse({ tekst }).success)
        return opnieuw(t(tekst.trim() === '' ? 'zienswijze.reactie.leeg' : 'zienswijze.reactie.teLang'), 400);
      try {
        await reageerOpZienswijze(o, dienstCtx(o, web, request), z.id, tekst);
      } catch (e) {
        if (e instanceof DienstFout && e.code === 'niet-toegestaan')
          return opnieuw(t('zienswijze.reactie.besloten'), 409);
        throw e;
      }
      return reply.redirect(`/mijn/zienswijzen/${z.id}?ontvangen=1`, 303);
    }),
  );
}
