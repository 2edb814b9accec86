/**
 * @module
 * The signal pages of the workspace (C7, issue 17) under /werk/signalen: the start page (own
 * signals, inboxes), raising one (from a case or alone), one signal with the form that fits the
 * reader, its steps, and the overview per theme. Every route validates with the shared request
 * schemas, calls one service and renders; the services check every right again.
 */
import {
  beantwoordSignaal,
  DienstFout,
  medewerkerNamen,
  meldSignaal,
  type Omgeving,
  type SignaalWeergave,
  scenarios,
  signaalDetail,
  signaalThemaOverzicht,
  signalenOverzicht,
  triageerSignaal,
  vulSignaalAanDienst,
} from '@regelmaat/diensten';
import { heeftRecht, type Sessie } from '@regelmaat/toegang';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebHulp } from '../../app';
import type { VeldFout } from '../../components/Foutensamenvatting';
import { dienstCtx, dienstSessie, metFouten } from '../../diensten/context';
import { idVan, queryVan, veld } from '../../formulieren/verzoek';
import { type TekstKey, t } from '../../teksten';
import { metNamen } from '../weergave';
import { NieuwSignaal } from './NieuwSignaal';
import { type SignaalFormulier, SignaalPagina } from './SignaalPagina';
import { SignalenPagina } from './Signalen';
import { leesAanvulling, leesAntwoord, leesNieuwSignaal, leesTriage } from './signaal-invoer';
import { ThemasPagina } from './Themas';

const GEDAAN = ['gegeven', 'beoordeeld', 'beantwoord', 'aangevuld'] as const;
const GedaanVraag = z.object({ gedaan: z.enum(GEDAAN).optional().catch(undefined) });
const ZaakVraag = z.object({ zaak: z.coerce.number().int().positive().optional().catch(undefined) });

/** The form the reader may use on this signal now (the service checks it again). */
function formulierVoor(s: SignaalWeergave, sessie: Sessie): SignaalFormulier | undefined {
  if (s.status === 'nieuw' && heeftRecht(sessie.rol, 'signaal:triageren')) return 'triage';
  if (s.status === 'meer-informatie' && s.eigen) return 'aanvulling';
  if (s.status === 'doorgezet' && heeftRecht(sessie.rol, 'signaal:beantwoorden')) return 'antwoord';
  return undefined;
}

const velden = (body: unknown, namen: readonly string[]) =>
  Object.fromEntries(namen.map((n) => [n, veld(body, n)]));

export function signaalRoutes(o: Omgeving, app: FastifyInstance, web: WebHulp): void {
  const pre = { preHandler: web.vereisInlog('medewerker') };
  const pagina = (h: Parameters<typeof metFouten>[2]) => metFouten(web, 'medewerker', h);
  const ctxVan = (request: FastifyRequest) => dienstCtx(o, web, request);
  const melding = (request: FastifyRequest) => {
    const g = queryVan(request, GedaanVraag).gedaan;
    return g ? t(`werk.signaal.gedaan.${g}` as TekstKey) : undefined;
  };

  app.get(
    '/werk/signalen',
    pre,
    pagina(async (request, reply) => {
      const ctx = ctxVan(request);
      const s = dienstSessie(ctx);
      const overzicht = await signalenOverzicht(o, ctx);
      const m = melding(request);
      return web.render(
        reply,
        SignalenPagina({
          ctx: web.ctx(request),
          overzicht,
          magMaken: heeftRecht(s.rol, 'signaal:maken'),
          triageren: heeftRecht(s.rol, 'signaal:triageren'),
          beantwoorden: heeftRecht(s.rol, 'signaal:beantwoorden'),
          ...(m ? { melding: m } : {}),
        }),
      );
    }),
  );

  app.get(
    '/werk/signalen/themas',
    pre,
    pagina(async (request, reply) =>
      web.render(
        reply,
        ThemasPagina({ ctx: web.ctx(request), themas: await signaalThemaOverzicht(o, ctxVan(request)) }),
      ),
    ),
  );

  const toonNieuw = (
    request: FastifyRequest,
    reply: FastifyReply,
    zaakId: number | undefined,
    waarden: Record<string, string> = {},
    fouten: VeldFout[] = [],
  ) => {
    const s = dienstSessie(ctxVan(request));
    const magZaken = heeftRecht(s.rol, 'zaak:lezen');
    return web.render(
      reply,
      NieuwSignaal({
        ctx: web.ctx(request),
        ...(zaakId !== undefined && magZaken ? { zaakId } : {}),
        magZaken,
        waarden,
        fouten,
      }),
      fouten.length > 0 ? 400 : 200,
    );
  };

  app.get(
    '/werk/signalen/nieuw',
    pre,
    pagina(async (request, reply) => toonNieuw(request, reply, queryVan(request, ZaakVraag).zaak)),
  );

  app.post(
    '/werk/signalen',
    pre,
    pagina(async (request, reply) => {
      const w = velden(request.body, ['thema', 'omschrijving', 'waarom', 'voorbeelden']);
      const zaak = /^\d{1,15}$/.test(veld(request.body, 'zaak'))
        ? Number(veld(request.body, 'zaak'))
        : undefined;
      const lezing = leesNieuwSignaal(w, zaak);
      if (!lezing.ok) return toonNieuw(request, reply, zaak, w, lezing.fouten);
      try {
        const s = await meldSignaal(o, ctxVan(request), lezing.waarde);
        return reply.redirect(`/werk/signalen/${s.id}?gedaan=gegeven`, 303);
      } catch (e) {
        if (e instanceof DienstFout && [400, 404, 409].includes(e.status))
          return toonNieuw(request, reply, zaak, w, [{ melding: e.message }]);
        throw e;
      }
    }),
  );

  const toonSignaal = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    extra: { fouten?: VeldFout[]; waarden?: Record<string, string>; waarschuwing?: string } = {},
    status = 200,
  ) => {
    const ctx = ctxVan(request);
    const [s, namen] = await Promise.all([signaalDetail(o, ctx, id), medewerkerNamen(o, ctx)]);
    const formulier = formulierVoor(s, dienstSessie(ctx));
    // The answer links to a saved scenario: the choice list (the service checks the one chosen).
    const keuze =
      formulier === 'antwoord' && heeftRecht(dienstSessie(ctx).rol, 'simulatie:uitvoeren')
        ? (await scenarios(o, ctx)).map((c) => ({ id: c.id, naam: c.naam }))
        : [];
    const m = melding(request);
    return web.render(
      reply,
      SignaalPagina({
        ctx: web.ctx(request),
        s,
        namen,
        ...(formulier ? { formulier } : {}),
        fouten: extra.fouten ?? [],
        waarden: extra.waarden ?? {},
        ...(extra.waarschuwing
          ? { melding: { type: 'warning' as const, tekst: metNamen(extra.waarschuwing, namen) } }
          : m
            ? { melding: { type: 'ok' as const, tekst: m } }
            : {}),
        status,
        scenarios: keuze,
      }),
      status,
    );
  };

  app.get(
    '/werk/signalen/:id',
    pre,
    pagina(async (request, reply) => toonSignaal(request, reply, idVan(request))),
  );

  /** A step: read the form with its schema, call the service, back to the signal (PRG). */
  const stap = <T,>(
    pad: string,
    namen: readonly string[],
    lees: (w: Record<string, string>) => { ok: true; waarde: T } | { ok: false; fouten: VeldFout[] },
    doe: (ctx: ReturnType<typeof ctxVan>, id: number, v: T) => Promise<unknown>,
    gedaan: (typeof GEDAAN)[number],
  ) =>
    app.post(
      `/werk/signalen/:id/${pad}`,
      pre,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const w = velden(request.body, [...namen, 'versie']);
        const lezing = lees(w);
        if (!lezing.ok) return toonSignaal(request, reply, id, { fouten: lezing.fouten, waarden: w }, 400);
        try {
          await doe(ctxVan(request), id, lezing.waarde);
        } catch (e) {
          if (e instanceof DienstFout && [400, 409].includes(e.status))
            return toonSignaal(request, reply, id, { waarden: w, waarschuwing: e.message }, e.status);
          throw e;
        }
        return reply.redirect(`/werk/signalen/${id}?gedaan=${gedaan}`, 303);
      }),
    );

  stap(
    'beoordeling',
    ['besluit', 'toelichting', 'dubbelVan'],
    leesTriage,
    (ctx, id, v) => triageerSignaal(o, ctx, id, v),
    'beoordeeld',
  );
  stap(
    'aanvulling',
    ['aanvulling'],
    leesAanvulling,
    (ctx, id, v) => vulSignaalAanDienst(o, ctx, id, v),
    'aangevuld',
  );
  stap(
    'antwoord',
    ['soort', 'antwoord', 'scenarioId'],
    leesAntwoord,
    (ctx, id, v) => beantwoordSignaal(o, ctx, id, v),
    'beantwoord',
  );
}
