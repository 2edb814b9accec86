/**
 * @module
 * `/werk/zaken/<id>/zienswijze` (issue 15, Awir art. 26b): the staff page of a hearing case's
 * zienswijze, a response given by phone (`legTelefonischeZienswijzeVast`) and the decision
 * (`rondZienswijzeAf`). A lower recovery goes through the existing maatwerk form of the case
 * (/werk/zaken/<id>/maatwerk, four-eyes above the threshold); nothing here duplicates it. The
 * services check every right again (read: `zaak:lezen`; decide: the case's behandelaar); a refusal
 * is shown on the page in Dutch, nothing is written.
 */
import {
  DienstFout,
  legTelefonischeZienswijzeVast,
  MAX_ZIENSWIJZE,
  maatwerkVanZaak,
  medewerkerNamen,
  type Omgeving,
  Ongeldig,
  rondZienswijzeAf,
  ZienswijzeReactieVerzoek,
  zaakDetail,
  zienswijzeVanZaakVoor,
} from '@regelmaat/diensten';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebHulp } from '../../app';
import type { VeldFout } from '../../components/Foutensamenvatting';
import { dienstCtx, dienstSessie, metFouten } from '../../diensten/context';
import { idVan, queryVan, veld } from '../../formulieren/verzoek';
import { geheelUit } from '../../formulieren/waarden';
import { t } from '../../teksten';
import { metNamen } from '../weergave';
import { ZienswijzeWerkPagina, type ZienswijzeWerkProps } from './ZienswijzeWerk';

const Gedaan = z.object({ gedaan: z.enum(['telefoon', 'afgerond']).optional().catch(undefined) });

export function zienswijzeWerkRoutes(o: Omgeving, app: FastifyInstance, web: WebHulp): void {
  const pre = { preHandler: web.vereisInlog('medewerker') };
  const pagina = (h: Parameters<typeof metFouten>[2]) => metFouten(web, 'medewerker', h);

  const toon = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    extra: Pick<ZienswijzeWerkProps, 'melding' | 'fouten' | 'waarden'> = {},
    status = 200,
  ) => {
    const ctx = dienstCtx(o, web, request);
    // The zienswijze first: a case without one is a 404 before anything else is read.
    const zienswijze = await zienswijzeVanZaakVoor(o, ctx, id);
    const [detail, maatwerk, namen] = await Promise.all([
      zaakDetail(o, ctx, id),
      maatwerkVanZaak(o, ctx, id),
      medewerkerNamen(o, ctx),
    ]);
    const gedaan = queryVan(request, Gedaan).gedaan;
    return web.render(
      reply,
      ZienswijzeWerkPagina({
        ctx: web.ctx(request),
        zaak: detail.zaak,
        zienswijze,
        maatwerk,
        namen,
        ik: { id: dienstSessie(ctx).id },
        vandaag: o.klok().slice(0, 10),
        ...(gedaan && status < 400
          ? { melding: { type: 'ok' as const, tekst: t(`werk.zienswijze.gedaan.${gedaan}`) } }
          : {}),
        ...extra,
      }),
      status,
    );
  };

  /** A refusal of a service shown on the page: a field's problem beside it, anything else on top. */
  const weigering = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    e: unknown,
    waarden: Record<string, string>,
  ) => {
    if (!(e instanceof DienstFout) || ![400, 409, 422].includes(e.status)) throw e;
    const ctx = dienstCtx(o, web, request);
    const fouten: VeldFout[] =
      e instanceof Ongeldig
        ? e.velden.map((v) => ({ ...(v.naam in waarden ? { veld: v.naam } : {}), melding: v.reden }))
        : [];
    const tekst = metNamen(e.message, await medewerkerNamen(o, ctx));
    return toon(
      request,
      reply,
      id,
      { fouten, waarden, ...(fouten.length === 0 ? { melding: { type: 'warning', tekst } } : {}) },
      e.status,
    );
  };

  app.get(
    '/werk/zaken/:id/zienswijze',
    pre,
    pagina(async (request, reply) => toon(request, reply, idVan(request))),
  );

  app.post(
    '/werk/zaken/:id/zienswijze/telefoon',
    pre,
    pagina(async (request, reply) => {
      const id = idVan(request);
      const tekst = veld(request.body, 'tekst');
      if (!ZienswijzeReactieVerzoek.safeParse({ tekst }).success)
        return toon(
          request,
          reply,
          id,
          {
            fouten: [
              {
                veld: 'tekst',
                melding:
                  tekst.trim() === ''
                    ? 'Schrijf op wat de burger zei.'
                    : `De reactie is te lang: gebruik hoogstens ${MAX_ZIENSWIJZE} tekens.`,
              },
            ],
            waarden: { tekst: tekst.slice(0, MAX_ZIENSWIJZE + 100) },
          },
          400,
        );
      try {
        await legTelefonischeZienswijzeVast(o, dienstCtx(o, web, request), id, tekst);
      } catch (e) {
        return weigering(request, reply, id, e, { tekst });
      }
      return reply.redirect(`/werk/zaken/${id}/zienswijze?gedaan=telefoon`, 303);
    }),
  );

  app.post(
    '/werk/zaken/:id/zienswijze/afronden',
    pre,
    pagina(async (request, reply) => {
      const id = idVan(request);
      const motivering = veld(request.body, 'motivering').slice(0, 4000);
      const versie = geheelUit(veld(request.body, 'versie'));
      if (typeof versie !== 'number' || !Number.isSafeInteger(versie) || versie < 0)
        return toon(
          request,
          reply,
          id,
          { melding: { type: 'warning', tekst: 'De pagina was verouderd. Bekijk de zaak opnieuw.' } },
          400,
        );
      try {
        await rondZienswijzeAf(o, dienstCtx(o, web, request), id, { versie, motivering });
      } catch (e) {
        return weigering(request, reply, id, e, { motivering });
      }
      return reply.redirect(`/werk/zaken/${id}/zienswijze?gedaan=afgerond`, 303);
    }),
  );
}
