/**
 * @module
 * `werkplekPaginas(o)`: the case-worker workspace (C5, C6) under /werk on the real services of
 * @regelmaat/diensten: the queue with filters, the case view, claim/release/close with the case
 * version (optimistic locking: a stale or lost claim is shown, not overwritten), contacts, the
 * maatwerk form with comparable decisions, the team lead's approval screen (four-eyes) and bulk
 * reassignment. Every page needs a staff login; the services check each right again.
 */
import {
  AfrondVerzoek,
  AfwijzingVerzoek,
  beoordeelRemedie,
  beschikkingMetUitleg,
  brief,
  claimZaak,
  DienstFout,
  etaUitJaarsimulatie,
  geefZaakVrij,
  HerverdeelVerzoek,
  hervatZaak,
  herverdeelbareZaken,
  herverdeelZaken,
  Id,
  keurMaatwerkGoed,
  legContactVastOpZaak,
  legMaatwerkbesluitVast,
  maatwerkBriefVoorbeeld,
  maatwerkFormulier,
  maatwerkTerGoedkeuring,
  medewerkerNamen,
  NietGevonden,
  niveau2Overzicht,
  type Omgeving,
  Ongeldig,
  OpschortVerzoek,
  RemedieVoorstelVerzoek,
  schortZaakOp,
  sluit,
  stelRemedieVoor,
  ToepassingBeoordelingVerzoek,
  teamleden,
  teamOverzicht,
  VersieVerzoek,
  valideer,
  WerklijstVerzoek,
  werklijst,
  wijsMaatwerkAf,
  zaakOverzicht,
} from '@regelmaat/diensten';
import { heeftRecht, isRol } from '@regelmaat/toegang';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebHulp } from '../app';
import type { VeldFout } from '../components/Foutensamenvatting';
import { dienstCtx, dienstSessie, metFouten } from '../diensten/context';
import { idVan, lijstVeld, queryVan, veld } from '../formulieren/verzoek';
import { geheelUit } from '../formulieren/waarden';
import { Foutpagina } from '../pages/Foutpagina';
import { BriefPagina } from '../portaal/Brieven';
import { t } from '../teksten';
import { BeschikkingPagina } from './Beschikking';
import { bezwaarRoutes } from './bezwaar/routes';
import { leesContact } from './contact-invoer';
import { Goedkeuren } from './Goedkeuren';
import { Herverdelen } from './Herverdelen';
import { invorderingRoutes } from './invordering/routes';
import { MaatwerkFormulier, MaatwerkVastgelegd } from './Maatwerk';
import { MaatwerkNiveau2 } from './MaatwerkNiveau2';
import { leesMaatwerk, maatwerkVelden } from './maatwerk-invoer';
import { TeamOverzicht } from './Overzicht';
import { signaalRoutes } from './signalen/routes';
import { Wachtrij } from './Wachtrij';
import { metNamen } from './weergave';
import { ZaakPagina } from './Zaak';

/** The case version of a claim, release or close (`VersieVerzoek`: a whole number from 0). */
const versieVan = (body: unknown): number =>
  valideer(VersieVerzoek, { versie: geheelUit(veld(body, 'versie')) }).versie;

/** Messages after an action (Post/Redirect/Get) and a decision id: a bad link shows none. */
const GedaanVraag = z.object({
  gedaan: z.string().catch(''),
  beschikking: Id.optional().catch(undefined),
});
/** The page of bulk reassignment: the last case id of the previous page; a bad link shows page 1. */
const HerverdeelPagina = z.object({ na: Id.optional().catch(undefined) });
const RegelingVraag = z.object({ regeling: z.string().max(40).optional().catch(undefined) });

const GEDAAN: Record<string, string> = {
  geclaimd: 'U heeft de zaak opgepakt.',
  vrijgegeven: 'De zaak staat weer in de werkvoorraad van het team.',
  afgerond: 'De zaak is afgerond.',
  contact: 'Het contact is vastgelegd.',
  opgeschort: 'De zaak is opgeschort; de termijn is verschoven.',
  hervat: 'De zaak is hervat.',
  voorgesteld: 'De oplossing is voorgesteld voor de gekozen zaken. Een ander beoordeelt elke zaak.',
  beoordeeld: 'Uw oordeel is vastgelegd.',
};

export function werkplekPaginas(o: Omgeving) {
  return (app: FastifyInstance, web: WebHulp): void => {
    const pre = { preHandler: web.vereisInlog('medewerker') };
    const pagina = (h: Parameters<typeof metFouten>[2]) => metFouten(web, 'medewerker', h);
    const ctxVan = (request: FastifyRequest) => dienstCtx(o, web, request);

    signaalRoutes(o, app, web);
    bezwaarRoutes(o, app, web);
    invorderingRoutes(o, app, web);

    app.get(
      '/werk',
      pre,
      pagina(async (request, reply) => {
        const vraag = queryVan(request, WerklijstVerzoek);
        // The form sends `soort` (also empty: every type): a choice, saved for this staff member.
        const gekozen = Object.hasOwn((request.query ?? {}) as object, 'soort');
        const ctx = ctxVan(request);
        // The auditor starts at the accountability workspace (issue 19).
        if (heeftRecht(dienstSessie(ctx).rol, 'verwerkingen:lezen')) return reply.redirect('/controle', 303);
        // A role without cases (the policy owner) starts at the signals, not at a 403 (issue 17).
        if (
          !heeftRecht(dienstSessie(ctx).rol, 'zaak:lezen') &&
          heeftRecht(dienstSessie(ctx).rol, 'signaal:lezen')
        )
          return reply.redirect('/werk/signalen', 303);
        const [r, namen] = await Promise.all([werklijst(o, ctx, vraag, gekozen), medewerkerNamen(o, ctx)]);
        return web.render(
          reply,
          Wachtrij({
            ctx: web.ctx(request),
            lijst: vraag.lijst,
            soort: r.soort ?? '',
            zaken: r.zaken,
            namen,
            totaal: r.totaal,
            ...(r.vanaf !== undefined ? { vanaf: r.vanaf } : {}),
            ...(r.team ? { team: r.team } : {}),
            teamleider: dienstSessie(ctx).rol === 'teamleider',
          }),
        );
      }),
    );

    /** The case page, optionally with a message (after an action, or its refusal). */
    const toonZaak = async (
      request: FastifyRequest,
      reply: FastifyReply,
      id: number,
      extra: Partial<Parameters<typeof ZaakPagina>[0]> = {},
      status = 200,
    ) => {
      const ctx = ctxVan(request);
      const s = dienstSessie(ctx);
      const { detail, dossier: d, maatwerk, namen, brieven } = await zaakOverzicht(o, ctx, id);
      const gedaan = GEDAAN[queryVan(request, GedaanVraag).gedaan];
      return web.render(
        reply,
        ZaakPagina({
          ctx: web.ctx(request),
          detail,
          dossier: d,
          maatwerk,
          ...(brieven ? { brieven } : {}),
          namen,
          ik: { id: s.id, rol: s.rol },
          ...(gedaan ? { melding: { type: 'ok' as const, tekst: gedaan } } : {}),
          ...extra,
          status,
        }),
        status,
      );
    };

    app.get(
      '/werk/brieven/:id',
      pre,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const w = await brief(o, ctxVan(request), id, 'html-fragment');
        return web.render(
          reply,
          BriefPagina({
            ctx: web.ctx(request),
            onderwerp: `${w.onderwerp} (#${id})`,
            html: w.html!,
            pdfHref: `/werk/brieven/${id}/pdf`,
            terugHref: '/werk',
            terugTekst: t('werk.brief.terug'),
          }),
        );
      }),
    );

    app.get(
      '/werk/maatwerkbesluiten/:id/brief',
      pre,
      pagina(async (request, reply) => {
        const v = await maatwerkBriefVoorbeeld(o, ctxVan(request), idVan(request));
        return web.render(
          reply,
          BriefPagina({
            ctx: web.ctx(request),
            onderwerp: `${v.onderwerp} (voorbeeld, besluit ${v.maatwerkbesluitId})`,
            html: v.html,
            terugHref: '/werk',
            terugTekst: t('werk.brief.terug'),
            melding: t('werk.brief.voorbeeld'),
          }),
        );
      }),
    );

    app.get(
      '/werk/brieven/:id/pdf',
      pre,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const w = await brief(o, ctxVan(request), id, 'pdf');
        return reply
          .type('application/pdf')
          .header('Content-Disposition', `attachment; filename="brief-${id}.pdf"`)
          .send(Buffer.from(w.pdf!));
      }),
    );

    app.get(
      '/werk/zaken/:id',
      pre,
      pagina(async (request, reply) => toonZaak(request, reply, idVan(request))),
    );

    /** A case action: on success back to the case (Post/Redirect/Get), a refusal shown on the case. */
    const zaakActie = (
      naam: string,
      doe: (ctx: ReturnType<typeof ctxVan>, id: number, body: unknown) => Promise<unknown>,
    ) =>
      pagina(async (request, reply) => {
        const id = idVan(request);
        const ctx = ctxVan(request);
        try {
          await doe(ctx, id, request.body);
        } catch (e) {
          if (e instanceof DienstFout && [400, 409, 422].includes(e.status)) {
            const tekst = metNamen(e.message, await medewerkerNamen(o, ctx));
            return toonZaak(request, reply, id, { melding: { type: 'warning', tekst } }, e.status);
          }
          throw e;
        }
        return reply.redirect(`/werk/zaken/${id}?gedaan=${naam}`, 303);
      });

    app.post(
      '/werk/zaken/:id/claim',
      pre,
      zaakActie('geclaimd', (ctx, id, body) => claimZaak(o, ctx, id, versieVan(body))),
    );
    app.post(
      '/werk/zaken/:id/vrijgeven',
      pre,
      zaakActie('vrijgegeven', (ctx, id, body) => geefZaakVrij(o, ctx, id, versieVan(body))),
    );
    app.post(
      '/werk/zaken/:id/afronden',
      pre,
      zaakActie('afgerond', (ctx, id, body) => {
        const v = valideer(AfrondVerzoek, {
          versie: geheelUit(veld(body, 'versie')),
          uitkomst: veld(body, 'uitkomst') || 'Afgerond zonder toelichting.',
        });
        return sluit(o, ctx, id, v.versie, v.uitkomst);
      }),
    );

    app.post(
      '/werk/zaken/:id/opschorten',
      pre,
      zaakActie('opgeschort', (ctx, id, body) => {
        const v = valideer(OpschortVerzoek, {
          versie: geheelUit(veld(body, 'versie')),
          reden: veld(body, 'reden'),
          tot: veld(body, 'tot').trim(),
        });
        return schortZaakOp(o, ctx, id, v.versie, v.reden, v.tot);
      }),
    );
    app.post(
      '/werk/zaken/:id/hervatten',
      pre,
      zaakActie('hervat', (ctx, id, body) => hervatZaak(o, ctx, id, versieVan(body))),
    );

    app.post(
      '/werk/zaken/:id/contact',
      pre,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const w = {
          kanaal: veld(request.body, 'kanaal'),
          richting: veld(request.body, 'richting'),
          onderwerp: veld(request.body, 'onderwerp'),
          contactUitkomst: veld(request.body, 'contactUitkomst'),
        };
        const lezing = leesContact(w);
        if (!lezing.ok)
          return toonZaak(request, reply, id, { contactFouten: lezing.fouten, contactWaarden: w }, 400);
        await legContactVastOpZaak(o, ctxVan(request), id, lezing.vraag);
        return reply.redirect(`/werk/zaken/${id}?gedaan=contact#contact`, 303);
      }),
    );

    app.get(
      '/werk/beschikkingen/:id',
      pre,
      pagina(async (request, reply) => {
        const data = await beschikkingMetUitleg(o, ctxVan(request), idVan(request));
        return web.render(reply, BeschikkingPagina({ ctx: web.ctx(request), data }));
      }),
    );

    // Maatwerk: the form (with comparable decisions for the chosen toeslag) and recording it.
    const toonMaatwerk = async (
      request: FastifyRequest,
      reply: FastifyReply,
      id: number,
      regeling: string,
      waarden: Record<string, string>,
      fouten: VeldFout[],
      status = 200,
      controle?: { afwijking: number },
    ) => {
      const g = await maatwerkFormulier(o, ctxVan(request), id, {
        regeling,
        ...(controle ? { controleerAfwijking: controle.afwijking } : {}),
      });
      return web.render(
        reply,
        MaatwerkFormulier({
          ctx: web.ctx(request),
          zaak: g.zaak,
          regeling: g.regeling,
          jaar: g.jaar,
          waarden,
          fouten,
          vergelijkbaar: g.vergelijkbaar,
          standaard: g.standaard,
          drempel: g.drempel,
          ...(g.waarschuwing ? { waarschuwing: g.waarschuwing } : {}),
          gecontroleerd: controle !== undefined,
        }),
        status,
      );
    };

    app.get(
      '/werk/zaken/:id/maatwerk',
      pre,
      pagina(async (request, reply) =>
        toonMaatwerk(request, reply, idVan(request), queryVan(request, RegelingVraag).regeling ?? '', {}, []),
      ),
    );

    app.post(
      '/werk/zaken/:id/maatwerk',
      pre,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const waarden = maatwerkVelden(request.body);
        const lezing = leesMaatwerk(id, waarden);
        if (!lezing.ok)
          return toonMaatwerk(request, reply, id, waarden.regeling ?? '', waarden, lezing.fouten, 400);
        if (veld(request.body, 'stap') === 'controleer')
          return toonMaatwerk(request, reply, id, waarden.regeling ?? '', waarden, [], 200, {
            afwijking: lezing.vraag.afwijking.bedrag,
          });
        try {
          const ctx = ctxVan(request);
          const uitkomst = await legMaatwerkbesluitVast(o, ctx, lezing.vraag);
          const namen = await medewerkerNamen(o, ctx);
          return web.render(reply, MaatwerkVastgelegd({ ctx: web.ctx(request), uitkomst, namen }), 201);
        } catch (e) {
          if (e instanceof DienstFout && [400, 409, 422].includes(e.status))
            return toonMaatwerk(
              request,
              reply,
              id,
              waarden.regeling ?? '',
              waarden,
              [{ melding: e.message }],
              e.status,
            );
          throw e;
        }
      }),
    );

    // Team lead: approvals (four-eyes) and bulk reassignment.
    const alleenTeamleider = async (request: FastifyRequest, reply: FastifyReply) => {
      const rol = web.sessie(request)?.rol;
      if (rol && isRol(rol) && heeftRecht(rol, 'maatwerk:goedkeuren')) return;
      await web.render(
        reply,
        Foutpagina({
          ctx: web.ctx(request),
          status: 403,
          melding: 'Alleen een teamleider kan deze pagina gebruiken.',
          publiek: 'medewerker',
        }),
        403,
      );
    };
    const preLeider = { preHandler: [web.vereisInlog('medewerker'), alleenTeamleider] };

    const toonGoedkeuren = async (
      request: FastifyRequest,
      reply: FastifyReply,
      melding?: { type: 'ok' | 'warning'; tekst: string },
      status = 200,
    ) => {
      const ctx = ctxVan(request);
      const [lijst, namen] = await Promise.all([maatwerkTerGoedkeuring(o, ctx), medewerkerNamen(o, ctx)]);
      return web.render(
        reply,
        Goedkeuren({ ctx: web.ctx(request), lijst, namen, ...(melding ? { melding } : {}) }),
        status,
      );
    };

    app.get(
      '/werk/goedkeuren',
      preLeider,
      pagina(async (request, reply) => {
        const { gedaan: g, beschikking: b } = queryVan(request, GedaanVraag);
        const melding =
          g === 'goed'
            ? {
                type: 'ok' as const,
                tekst:
                  b === undefined
                    ? 'Het maatwerkbesluit is goedgekeurd en van kracht.'
                    : `Het maatwerkbesluit is goedgekeurd en van kracht (beschikking #${b}).`,
              }
            : g === 'af'
              ? { type: 'ok' as const, tekst: 'Het maatwerkbesluit is afgewezen.' }
              : undefined;
        return toonGoedkeuren(request, reply, melding);
      }),
    );

    app.post(
      '/werk/goedkeuren/:id',
      preLeider,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const ctx = ctxVan(request);
        const oordeel = veld(request.body, 'oordeel');
        try {
          if (oordeel === 'goed') {
            const r = await keurMaatwerkGoed(o, ctx, id);
            return reply.redirect(`/werk/goedkeuren?gedaan=goed&beschikking=${r.beschikkingId ?? ''}`, 303);
          }
          if (oordeel !== 'af') throw new NietGevonden('Onbekend oordeel.');
          const a = AfwijzingVerzoek.safeParse({ toelichting: veld(request.body, `toelichting-${id}`) });
          if (!a.success)
            return toonGoedkeuren(
              request,
              reply,
              { type: 'warning', tekst: t('goedkeuren.fout.toelichting', { id: String(id) }) },
              400,
            );
          await wijsMaatwerkAf(o, ctx, id, a.data.toelichting);
          return reply.redirect('/werk/goedkeuren?gedaan=af', 303);
        } catch (e) {
          if (e instanceof DienstFout && [400, 409, 422].includes(e.status))
            return toonGoedkeuren(request, reply, { type: 'warning', tekst: e.message }, e.status);
          throw e;
        }
      }),
    );

    const toonHerverdelen = async (
      request: FastifyRequest,
      reply: FastifyReply,
      extra: Partial<Parameters<typeof Herverdelen>[0]> = {},
      status = 200,
      na?: number,
    ) => {
      const ctx = ctxVan(request);
      const s = dienstSessie(ctx);
      const [r, leden, namen] = await Promise.all([
        herverdeelbareZaken(o, ctx, na),
        teamleden(o, ctx, s.team ?? ''),
        medewerkerNamen(o, ctx),
      ]);
      return web.render(
        reply,
        Herverdelen({
          ctx: web.ctx(request),
          zaken: r.zaken,
          totaal: r.totaal,
          ...(r.volgende !== undefined ? { volgende: r.volgende } : {}),
          wachtOpGoedkeuring: r.wachtOpGoedkeuring,
          leden,
          namen,
          ...extra,
        }),
        status,
      );
    };

    // Maatwerk level 2: comparable cases with their reasons, proposing, and the review per case.
    const toonNiveau2 = async (
      request: FastifyRequest,
      reply: FastifyReply,
      id: number,
      extra: Partial<Parameters<typeof MaatwerkNiveau2>[0]> = {},
      status = 200,
    ) => {
      const ctx = ctxVan(request);
      const s = dienstSessie(ctx);
      const [data, namen] = await Promise.all([niveau2Overzicht(o, ctx, id), medewerkerNamen(o, ctx)]);
      const gedaan = GEDAAN[queryVan(request, GedaanVraag).gedaan];
      return web.render(
        reply,
        MaatwerkNiveau2({
          ctx: web.ctx(request),
          data,
          namen,
          ik: { id: s.id, rol: s.rol },
          ...(gedaan ? { melding: { type: 'ok' as const, tekst: gedaan } } : {}),
          ...extra,
        }),
        status,
      );
    };
    const niveau2Fout = async (request: FastifyRequest, reply: FastifyReply, id: number, e: unknown) => {
      if (e instanceof DienstFout && [400, 409, 422].includes(e.status)) {
        const tekst = metNamen(e.message, await medewerkerNamen(o, ctxVan(request)));
        return toonNiveau2(request, reply, id, { melding: { type: 'warning', tekst } }, e.status);
      }
      throw e;
    };

    app.get(
      '/werk/maatwerkbesluiten/:id/vergelijkbaar',
      pre,
      pagina(async (request, reply) => toonNiveau2(request, reply, idVan(request))),
    );

    app.post(
      '/werk/maatwerkbesluiten/:id/toepassingen',
      pre,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const voorstel = RemedieVoorstelVerzoek.safeParse({ zaakIds: lijstVeld(request.body, 'zaak') });
        if (!voorstel.success)
          return toonNiveau2(
            request,
            reply,
            id,
            { fouten: [{ veld: 'zaak', melding: t('werk.niveau2.kiesZaak') }] },
            400,
          );
        try {
          await stelRemedieVoor(o, ctxVan(request), id, voorstel.data.zaakIds);
        } catch (e) {
          return niveau2Fout(request, reply, id, e);
        }
        return reply.redirect(`/werk/maatwerkbesluiten/${id}/vergelijkbaar?gedaan=voorgesteld`, 303);
      }),
    );

    app.post(
      '/werk/toepassingen/:id',
      pre,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const b = Id.safeParse(veld(request.body, 'besluit'));
        if (!b.success) throw new NietGevonden('Dit besluit bestaat niet.');
        const besluit = b.data;
        const v = ToepassingBeoordelingVerzoek.safeParse({
          oordeel: veld(request.body, `oordeel-${id}`),
          toelichting: veld(request.body, `toelichting-${id}`),
        });
        if (!v.success)
          return toonNiveau2(
            request,
            reply,
            besluit,
            { fouten: [{ veld: `oordeel-${id}`, melding: t('werk.niveau2.kiesOordeel') }] },
            400,
          );
        try {
          await beoordeelRemedie(o, ctxVan(request), id, v.data.oordeel, v.data.toelichting);
        } catch (e) {
          return niveau2Fout(request, reply, besluit, e);
        }
        return reply.redirect(`/werk/maatwerkbesluiten/${besluit}/vergelijkbaar?gedaan=beoordeeld`, 303);
      }),
    );

    app.get(
      '/werk/overzicht',
      preLeider,
      pagina(async (request, reply) =>
        web.render(
          reply,
          TeamOverzicht({
            ctx: web.ctx(request),
            stand: await teamOverzicht(o, ctxVan(request)),
            eta: etaUitJaarsimulatie(o, ctxVan(request)),
          }),
        ),
      ),
    );

    app.get(
      '/werk/herverdelen',
      preLeider,
      pagina(async (request, reply) =>
        toonHerverdelen(request, reply, {}, 200, queryVan(request, HerverdeelPagina).na),
      ),
    );

    app.post(
      '/werk/herverdelen',
      preLeider,
      pagina(async (request, reply) => {
        const h = HerverdeelVerzoek.safeParse({
          zaakIds: lijstVeld(request.body, 'zaak'),
          naar: veld(request.body, 'naar') || null,
        });
        if (!h.success)
          return toonHerverdelen(
            request,
            reply,
            { fouten: [{ veld: 'zaak', melding: t('herverdelen.fout.zaak') }] },
            400,
          );
        try {
          const resultaten = await herverdeelZaken(o, ctxVan(request), h.data.zaakIds, h.data.naar);
          return toonHerverdelen(request, reply, { resultaten });
        } catch (e) {
          // Not a case worker or team lead (a forged or stale choice): said beside the field.
          if (e instanceof Ongeldig)
            return toonHerverdelen(request, reply, { fouten: [{ veld: 'naar', melding: e.message }] }, 400);
          throw e;
        }
      }),
    );

    app.get('/werk/*', pre, async (request, reply) =>
      web.render(
        reply,
        Foutpagina({
          ctx: web.ctx(request),
          status: 404,
          melding: t('foutpagina.nietGevondenTekst'),
          publiek: 'medewerker',
        }),
        404,
      ),
    );
  };
}
