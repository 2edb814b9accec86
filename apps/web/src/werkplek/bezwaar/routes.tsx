/**
 * @module
 * The objection pages of the workspace (issue 14) under /werk/bezwaren: register one received by
 * post or phone, the objection's case view, claim its case, each step of the case work (validated
 * with the API's own request schemas; a refusal is shown on the page), the decision letter's
 * preview, the team lead's approval, the objection letters and the files sent with it
 * (/werk/bezwaarstukken/<id>). From a `bezwaar` case,
 * /werk/zaken/<id>/bezwaar leads to its objection. Every service checks each right again.
 */
import {
  beoordeelTeLaatBezwaar,
  beslisOpBezwaar,
  bezwaarBeslissingVoorbeeld,
  bezwaarBrief,
  bezwaarDossier,
  bezwaarIdVanZaak,
  bezwaarStukDownloaden,
  type Context,
  claimZaak,
  DienstFout,
  keurBezwaarBeslissingGoed,
  legBezwaarGesprekVast,
  legBezwaarHoorzittingVast,
  legBezwaarIngebrekestellingVast,
  medewerkerNamen,
  type Omgeving,
  Ongeldig,
  planBezwaarHoorzitting,
  registreerBezwaar,
  slaBezwaarHoorzittingOver,
  stelAdviescommissieIn,
  VersieVerzoek,
  valideer,
  verdaagBezwaar,
  vulBezwaarGrondenAan,
  wijsBezwaarBeslissingAf,
} from '@regelmaat/diensten';
import type { OverslaanGrond } from '@regelmaat/zaken';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebHulp } from '../../app';
import type { VeldFout } from '../../components/Foutensamenvatting';
import { dienstCtx, dienstSessie, metFouten } from '../../diensten/context';
import { bestandenVan, bestandFout, stuurStuk } from '../../formulieren/bestanden';
import { idVan, queryVan, veld } from '../../formulieren/verzoek';
import { geheelUit } from '../../formulieren/waarden';
import { BriefPagina } from '../../portaal/Brieven';
import { metNamen } from '../weergave';
import { BezwaarPagina, type BezwaarPaginaProps } from './BezwaarPagina';
import {
  leesRegistratie,
  leesStap,
  REGISTRATIE_VELDEN,
  STAPPEN,
  type StapNaam,
  waardenVan,
} from './bezwaar-invoer';
import { BezwaarRegistreren } from './Registreren';
import { BezwaarVoorbeeld } from './Voorbeeld';

const GEDAAN = {
  geregistreerd: 'Het bezwaar is vastgelegd en de ontvangstbevestiging is verstuurd.',
  oppakken: 'U heeft het bezwaar opgepakt.',
  gesprek: 'Het gesprek is vastgelegd.',
  hoorzitting: 'De hoorzitting is gepland.',
  'hoorzitting/verslag': 'Het verslag van de hoorzitting is vastgelegd.',
  'hoorzitting/overslaan': 'Vastgelegd: geen hoorzitting, met de reden.',
  gronden: 'De gronden zijn vastgelegd.',
  'te-laat': 'Het oordeel over de termijnoverschrijding is vastgelegd.',
  adviescommissie: 'De adviescommissie is ingeschakeld; de beslistermijn is nu twaalf weken.',
  verdaging: 'De beslissing is verdaagd; de brief is verstuurd.',
  ingebrekestelling: 'De ingebrekestelling is vastgelegd.',
  beslissing: 'De beslissing is vastgelegd.',
  'beslissing/goedkeuring': 'De beslissing is goedgekeurd: het nieuwe besluit en de brieven zijn gemaakt.',
  'beslissing/afwijzing': 'De beslissing is teruggestuurd naar de behandelaar.',
} as const;
const GedaanVraag = z.object({
  gedaan: z
    .enum(Object.keys(GEDAAN) as [keyof typeof GEDAAN])
    .optional()
    .catch(undefined),
});

/** Each step's service call with the request its form read. */
const DOE: { [K in StapNaam]: (o: Omgeving, ctx: Context, id: number, v: never) => Promise<unknown> } = {
  gesprek: (o, ctx, id, v: { uitkomst: string; ingetrokken: boolean }) =>
    legBezwaarGesprekVast(o, ctx, id, v),
  hoorzitting: (o, ctx, id, v: { op: string }) => planBezwaarHoorzitting(o, ctx, id, v),
  'hoorzitting/verslag': (o, ctx, id, v: { verslag: string }) => legBezwaarHoorzittingVast(o, ctx, id, v),
  'hoorzitting/overslaan': (o, ctx, id, v: { grond: string; toelichting: string }) =>
    slaBezwaarHoorzittingOver(o, ctx, id, { grond: v.grond as OverslaanGrond, toelichting: v.toelichting }),
  gronden: (o, ctx, id, v: { gronden: string; ontvangenOp: string }) => vulBezwaarGrondenAan(o, ctx, id, v),
  'te-laat': (o, ctx, id, v: { verschoonbaar: boolean; toelichting: string }) =>
    beoordeelTeLaatBezwaar(o, ctx, id, v),
  adviescommissie: (o, ctx, id) => stelAdviescommissieIn(o, ctx, id),
  verdaging: (o, ctx, id, v: { reden: string }) => verdaagBezwaar(o, ctx, id, v),
  ingebrekestelling: (o, ctx, id, v: { ontvangenOp: string }) =>
    legBezwaarIngebrekestellingVast(o, ctx, id, v),
  beslissing: (o, ctx, id, v: Parameters<typeof beslisOpBezwaar>[3]) => beslisOpBezwaar(o, ctx, id, v),
  'beslissing/afwijzing': (o, ctx, id, v: { toelichting: string }) => wijsBezwaarBeslissingAf(o, ctx, id, v),
};

/** A service refusal about the input or the state: shown on the page, not as an error page. */
const isWeigering = (e: unknown): e is DienstFout =>
  e instanceof DienstFout && [400, 403, 409, 422].includes(e.status);

export function bezwaarRoutes(o: Omgeving, app: FastifyInstance, web: WebHulp): void {
  const pre = { preHandler: web.vereisInlog('medewerker') };
  const pagina = (h: Parameters<typeof metFouten>[2]) => metFouten(web, 'medewerker', h);
  const ctxVan = (request: FastifyRequest) => dienstCtx(o, web, request);

  const toon = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    extra: Partial<BezwaarPaginaProps> = {},
    status = 200,
  ) => {
    const ctx = ctxVan(request);
    const s = dienstSessie(ctx);
    const [d, namen] = await Promise.all([bezwaarDossier(o, ctx, id), medewerkerNamen(o, ctx)]);
    const g = queryVan(request, GedaanVraag).gedaan;
    return web.render(
      reply,
      BezwaarPagina({
        ctx: web.ctx(request),
        d,
        namen,
        ik: { id: s.id, rol: s.rol },
        ...(g ? { melding: { type: 'ok' as const, tekst: GEDAAN[g] } } : {}),
        ...extra,
      }),
      status,
    );
  };
  const weigering = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    e: DienstFout,
    formulier?: BezwaarPaginaProps['formulier'],
  ) => {
    if (e instanceof Ongeldig && formulier)
      return toon(
        request,
        reply,
        id,
        {
          formulier: {
            ...formulier,
            fouten: e.velden.map((v): VeldFout => ({ veld: v.naam, melding: `${v.naam}: ${v.reden}.` })),
          },
        },
        400,
      );
    const tekst = metNamen(e.message, await medewerkerNamen(o, ctxVan(request)));
    return toon(
      request,
      reply,
      id,
      { melding: { type: 'warning', tekst }, ...(formulier ? { formulier } : {}) },
      e.status,
    );
  };

  app.get('/werk/bezwaren/nieuw', pre, async (request, reply) =>
    web.render(reply, BezwaarRegistreren({ ctx: web.ctx(request), waarden: {}, fouten: [] })),
  );

  app.post(
    '/werk/bezwaren',
    pre,
    pagina(async (request, reply) => {
      const waarden = waardenVan(request.body, REGISTRATIE_VELDEN);
      const opnieuw = (fouten: VeldFout[], status: number) =>
        web.render(reply, BezwaarRegistreren({ ctx: web.ctx(request), waarden, fouten }), status);
      const r = leesRegistratie(request.body);
      if (!r.ok) return opnieuw(r.fouten, 400);
      const { stukken, teGroot } = bestandenVan(request.body, 'bestanden');
      const teGrootFout = bestandFout(stukken, teGroot);
      if (teGrootFout) return opnieuw([{ veld: 'bestanden', melding: teGrootFout }], 400);
      try {
        const i = await registreerBezwaar(o, ctxVan(request), { ...r.waarde, stukken });
        return reply.redirect(`/werk/bezwaren/${i.bezwaar.id}?gedaan=geregistreerd`, 303);
      } catch (e) {
        const bestandMelding = bestandFout(stukken, [], e);
        if (bestandMelding) return opnieuw([{ veld: 'bestanden', melding: bestandMelding }], 400);
        if (e instanceof Ongeldig)
          return opnieuw(
            e.velden.map((v) => ({ veld: v.naam, melding: `${v.naam}: ${v.reden}.` })),
            400,
          );
        if (e instanceof DienstFout && [404, 409].includes(e.status))
          return opnieuw([{ veld: 'beschikkingId', melding: `Besluitnummer: ${e.message}` }], e.status);
        throw e;
      }
    }),
  );

  app.get(
    '/werk/zaken/:id/bezwaar',
    pre,
    pagina(async (request, reply) =>
      reply.redirect(`/werk/bezwaren/${await bezwaarIdVanZaak(o, ctxVan(request), idVan(request))}`, 303),
    ),
  );

  app.get(
    '/werk/bezwaren/:id',
    pre,
    pagina(async (request, reply) => toon(request, reply, idVan(request))),
  );

  app.post(
    '/werk/bezwaren/:id/oppakken',
    pre,
    pagina(async (request, reply) => {
      const id = idVan(request);
      const ctx = ctxVan(request);
      try {
        const d = await bezwaarDossier(o, ctx, id);
        const versie = valideer(VersieVerzoek, { versie: geheelUit(veld(request.body, 'versie')) }).versie;
        await claimZaak(o, ctx, d.zaak.id, versie);
      } catch (e) {
        if (isWeigering(e)) return weigering(request, reply, id, e);
        throw e;
      }
      return reply.redirect(`/werk/bezwaren/${id}?gedaan=oppakken`, 303);
    }),
  );

  for (const naam of Object.keys(STAPPEN) as StapNaam[])
    app.post(
      `/werk/bezwaren/:id/${naam}`,
      pre,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const s = STAPPEN[naam];
        const formulier = { naam, waarden: waardenVan(request.body, s.velden), fouten: [] as VeldFout[] };
        const r = leesStap(s as never, request.body);
        if (!r.ok) return toon(request, reply, id, { formulier: { ...formulier, fouten: r.fouten } }, 400);
        try {
          await DOE[naam](o, ctxVan(request), id, r.waarde as never);
        } catch (e) {
          if (isWeigering(e)) return weigering(request, reply, id, e, formulier);
          throw e;
        }
        return reply.redirect(`/werk/bezwaren/${id}?gedaan=${encodeURIComponent(naam)}`, 303);
      }),
    );

  app.post(
    '/werk/bezwaren/:id/beslissing/goedkeuring',
    pre,
    pagina(async (request, reply) => {
      const id = idVan(request);
      try {
        await keurBezwaarBeslissingGoed(o, ctxVan(request), id);
      } catch (e) {
        if (isWeigering(e)) return weigering(request, reply, id, e);
        throw e;
      }
      return reply.redirect(`/werk/bezwaren/${id}?gedaan=beslissing%2Fgoedkeuring`, 303);
    }),
  );

  // The letter's preview: from the form's draft (POST), or from the stored proposal (GET, four-eyes).
  app.post(
    '/werk/bezwaren/:id/beslissing/voorbeeld',
    pre,
    pagina(async (request, reply) => {
      const id = idVan(request);
      const s = STAPPEN.beslissing;
      const formulier = {
        naam: 'beslissing',
        waarden: waardenVan(request.body, s.velden),
        fouten: [] as VeldFout[],
      };
      const r = leesStap(s, request.body);
      if (!r.ok) return toon(request, reply, id, { formulier: { ...formulier, fouten: r.fouten } }, 400);
      try {
        const voorbeeld = await bezwaarBeslissingVoorbeeld(o, ctxVan(request), id, r.waarde);
        return web.render(
          reply,
          BezwaarVoorbeeld({ ctx: web.ctx(request), bezwaarId: id, voorbeeld, concept: formulier.waarden }),
        );
      } catch (e) {
        if (isWeigering(e)) return weigering(request, reply, id, e, formulier);
        throw e;
      }
    }),
  );
  app.get(
    '/werk/bezwaren/:id/beslissing/voorbeeld',
    pre,
    pagina(async (request, reply) => {
      const id = idVan(request);
      const voorbeeld = await bezwaarBeslissingVoorbeeld(o, ctxVan(request), id);
      return web.render(reply, BezwaarVoorbeeld({ ctx: web.ctx(request), bezwaarId: id, voorbeeld }));
    }),
  );

  app.get(
    '/werk/bezwaarbrieven/:id',
    pre,
    pagina(async (request, reply) => {
      const id = idVan(request);
      const w = await bezwaarBrief(o, ctxVan(request), id, 'html-fragment');
      return web.render(
        reply,
        BriefPagina({
          ctx: web.ctx(request),
          onderwerp: `Brief over bezwaar ${w.opgeslagen.bezwaarId} (#${id})`,
          html: w.html!,
          pdfHref: `/werk/bezwaarbrieven/${id}/pdf`,
          terugHref: `/werk/bezwaren/${w.opgeslagen.bezwaarId}`,
          terugTekst: 'Terug naar het bezwaar',
        }),
      );
    }),
  );
  // A file sent with an objection, as it came in (the service logs the read for each person).
  app.get(
    '/werk/bezwaarstukken/:id',
    pre,
    pagina(async (request, reply) =>
      stuurStuk(reply, await bezwaarStukDownloaden(o, ctxVan(request), idVan(request))),
    ),
  );
  app.get(
    '/werk/bezwaarbrieven/:id/pdf',
    pre,
    pagina(async (request, reply) => {
      const id = idVan(request);
      const w = await bezwaarBrief(o, ctxVan(request), id, 'pdf');
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="bezwaarbrief-${id}.pdf"`)
        .send(Buffer.from(w.pdf!));
    }),
  );
}
