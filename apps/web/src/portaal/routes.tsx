/**
 * @module
 * `portaalPaginas(o)`: the citizen portal (C10) under /mijn, on the real services of
 * @regelmaat/diensten: overview, "Waarom dit bedrag?" per decision, reporting a change (choose →
 * form → preview → confirm, Post/Redirect/Get to the overview), call-back request, my cases and my
 * processing log. Every page needs a DigiD (simulation) login; every form is a plain POST with
 * the CSRF token, so the whole portal works without JavaScript.
 */
import {
  BetaalTerugVerzoek,
  type BezwaarOverzicht,
  berichten,
  beschikkingMetUitleg,
  betaalTerug,
  bezwarenVoor,
  brief,
  brievenVan,
  DienstFout,
  Draagkracht,
  leesBericht,
  type MijnHuishouden,
  meldWijziging,
  mijnBetalingen,
  mijnContacten,
  mijnHuishouden,
  mijnVerwerkingenOverzicht,
  mijnZaken,
  NietGevonden,
  type Omgeving,
  Ongeldig,
  type Overzicht as OverzichtData,
  overzicht,
  reageerOpLevensgebeurtenis,
  regelingAanvragen,
  regelingVoorbeeld,
  TerugbelVerzoek,
  terugbetalenVan,
  vraagTerugbellen,
} from '@regelmaat/diensten';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebHulp } from '../app';
import type { VeldFout } from '../components/Foutensamenvatting';
import { dienstCtx, metFouten } from '../diensten/context';
import { leesMetSchema, type SchemaFormulier } from '../formulieren/schema-formulier';
import { idVan, queryVan, veld } from '../formulieren/verzoek';
import { centenUit, tekstOfNiets } from '../formulieren/waarden';
import { Foutpagina } from '../pages/Foutpagina';
import { t } from '../teksten';
import { foutmelding } from '../teksten/foutmeldingen';
import { BerichtPagina, MijnBerichten } from './Berichten';
import { MijnBetalingen } from './Betalingen';
import { BriefPagina, MijnBrieven } from './Brieven';
import { bezwaarPaginas } from './bezwaar-routes';
import { MijnGegevens } from './Gegevens';
import { ReactieBedankt } from './Levensgebeurtenis';
import { Overzicht } from './Overzicht';
import { DRAAGKRACHT_VELDEN, PersoonlijkeRegeling } from './PersoonlijkeRegeling';
import { Terugbellen, TerugbellenOntvangen } from './Terugbellen';
import { Terugbetalen } from './Terugbetalen';
import { Waarom } from './Waarom';
import { WijzigingFormulier, WijzigingKiezen, WijzigingVoorbeeld } from './Wijziging';
import {
  isWijzigingSoort,
  leesWijziging,
  velden,
  veldVanDienst,
  type WijzigingSoort,
  watVanWijzigingsveld,
} from './wijziging-invoer';
import { MijnZaken } from './Zaken';
import { zienswijzePaginas } from './zienswijze-routes';

/** The kind of change chosen (text; the route says when it is not one of the kinds). */
const SoortVraag = z.object({ soort: z.string().catch('') });

/** After a confirmed change (`gewijzigd`: 1, or 2 when maatwerk is in force) or a partner to check. */
const OverzichtVraag = z.object({
  gewijzigd: z.enum(['1', '2']).optional().catch(undefined),
  partner: z.literal('te-controleren').optional().catch(undefined),
});

/** The call-back form: the API's `TerugbelVerzoek`, each problem worded for its field (B1). */
const terugbelFormulier: SchemaFormulier = {
  velden: ['onderwerp', 'telefoon', 'voorkeur'],
  veldVan: (pad) => (['onderwerp', 'telefoon', 'voorkeur'].includes(pad) ? pad : undefined),
  melding(veld, code) {
    if (veld === 'voorkeur') return foutmelding.keuze(t('terugbellen.voorkeur'));
    if (code === 'verplicht')
      return foutmelding.verplicht(
        t(veld === 'onderwerp' ? 'terugbellen.veld.onderwerp' : 'terugbellen.veld.telefoon'),
      );
    if (veld === 'telefoon') return t('terugbellen.fout.telefoon');
    return foutmelding.teLang(t('terugbellen.veld.onderwerp'));
  },
};

/** The payment form of a recovery: the API's `BetaalTerugVerzoek`, each problem worded (B1). */
const terugbetaalFormulier: SchemaFormulier = {
  velden: ['bedrag'],
  veldVan: (pad) => (pad === 'bedrag' ? pad : undefined),
  melding(_veld, code) {
    if (code === 'verplicht') return foutmelding.verplicht('het bedrag');
    if (code === 'te-klein') return t('terugbetalen.teKlein');
    if (code === 'te-groot') return t('terugbetalen.teVeel');
    return foutmelding.bedrag('het bedrag');
  },
};

/** The personal plan's form: the shared `Draagkracht` schema, each problem worded for its field (B1). */
const draagkrachtFormulier: SchemaFormulier = {
  velden: ['leefsituatie', ...DRAAGKRACHT_VELDEN],
  veldVan: (pad) => ((['leefsituatie', ...DRAAGKRACHT_VELDEN] as string[]).includes(pad) ? pad : undefined),
  melding(veld, code) {
    if (veld === 'leefsituatie') return foutmelding.keuze(t('regeling.veld.leefsituatie'));
    const wat =
      {
        inkomen: 'wat u per maand krijgt',
        woonlasten: 'wat u voor uw huis betaalt',
        zorgkosten: 'wat u voor uw zorgverzekering betaalt',
        overigeLasten: 'uw andere vaste kosten',
      }[veld] ?? 'het bedrag';
    if (code === 'verplicht') return foutmelding.verplicht(wat);
    if (code === 'te-groot') return t('regeling.teHoog');
    if (code === 'te-klein') return foutmelding.bedragNegatief(wat);
    return foutmelding.bedrag(wat);
  },
};

/** A service's field errors in B1 words on the form's fields (the rest in the summary). */
function dienstFouten(soort: WijzigingSoort, e: DienstFout): VeldFout[] {
  if (e instanceof Ongeldig)
    return e.velden.map((v) => {
      const f = veldVanDienst(soort, v.naam);
      return f
        ? { veld: f, melding: foutmelding.algemeen(watVanWijzigingsveld(soort, f), v.reden) }
        : { melding: t('fout.algemeenZonderVeld', { melding: v.reden }) };
    });
  return [{ melding: e.message }];
}

export function portaalPaginas(o: Omgeving) {
  return (app: FastifyInstance, web: WebHulp): void => {
    const pre = { preHandler: web.vereisInlog('burger') };
    const pagina = (h: Parameters<typeof metFouten>[2]) => metFouten(web, 'burger', h);
    const geenRegistratie = (e: unknown) => e instanceof NietGevonden;
    /** The citizen's objections (none without a household). */
    const mijnBezwaren = async (request: FastifyRequest): Promise<BezwaarOverzicht[]> => {
      try {
        return await bezwarenVoor(o, dienstCtx(o, web, request));
      } catch (e) {
        if (!geenRegistratie(e)) throw e;
        return [];
      }
    };

    bezwaarPaginas(o, app, web);
    zienswijzePaginas(o, app, web);

    app.get(
      '/mijn',
      pre,
      pagina(async (request, reply) => {
        const vraag = queryVan(request, OverzichtVraag);
        const ctx = dienstCtx(o, web, request);
        let data: OverzichtData | undefined;
        try {
          data = await overzicht(o, ctx, {});
        } catch (e) {
          // No household at all: the empty state, not an error.
          if (!geenRegistratie(e)) throw e;
        }
        return web.render(
          reply,
          Overzicht({
            ctx: web.ctx(request),
            data,
            gewijzigd: vraag.gewijzigd === '1',
            partnerOpgegeven: vraag.partner === 'te-controleren',
            beoordeling: vraag.gewijzigd === '2',
          }),
        );
      }),
    );

    app.get(
      '/mijn/waarom/:id',
      pre,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const ctx = dienstCtx(o, web, request);
        const data = await beschikkingMetUitleg(o, ctx, id);
        return web.render(reply, Waarom({ ctx: web.ctx(request), data, eigenBsn: ctx.sessie?.bsn }));
      }),
    );

    /** Who is in the household, for the forms that offer a choice of child or partner. */
    const huishoudenVoor = async (
      request: FastifyRequest,
      soort: WijzigingSoort,
    ): Promise<{ huishouden?: MijnHuishouden }> => {
      if (soort !== 'kinderopvang' && soort !== 'inkomen') return {};
      try {
        return { huishouden: await mijnHuishouden(o, dienstCtx(o, web, request)) };
      } catch (e) {
        if (geenRegistratie(e)) return {};
        throw e;
      }
    };

    // Reporting a change: choose, then the form for that kind (GET ?soort=…).
    app.get(
      '/mijn/wijziging',
      pre,
      pagina(async (request, reply) => {
        const soort = queryVan(request, SoortVraag).soort;
        if (soort === '' && !('soort' in (request.query as object)))
          return web.render(reply, WijzigingKiezen({ ctx: web.ctx(request) }));
        if (!isWijzigingSoort(soort))
          return web.render(
            reply,
            WijzigingKiezen({ ctx: web.ctx(request), fout: foutmelding.keuze(t('wijziging.kies')) }),
            400,
          );
        return web.render(
          reply,
          WijzigingFormulier({
            ctx: web.ctx(request),
            soort,
            waarden: {},
            fouten: [],
            ...(await huishoudenVoor(request, soort)),
          }),
        );
      }),
    );

    app.post(
      '/mijn/wijziging/:soort',
      pre,
      pagina(async (request, reply) => {
        const soort = (request.params as { soort: string }).soort;
        if (!isWijzigingSoort(soort)) throw new NietGevonden('Deze pagina bestaat niet.');
        const waarden = velden(soort, request.body);
        const stap = veld(request.body, 'stap');
        const formulier = async (fouten: VeldFout[], status = 400) =>
          web.render(
            reply,
            WijzigingFormulier({
              ctx: web.ctx(request),
              soort,
              waarden,
              fouten,
              ...(await huishoudenVoor(request, soort)),
            }),
            status,
          );
        if (stap === 'aanpassen') return formulier([], 200);
        const lezing = leesWijziging(soort, waarden);
        if (!lezing.ok) return formulier(lezing.fouten);
        const ctx = dienstCtx(o, web, request);
        const bevestig = stap === 'bevestig';
        try {
          const uitkomst = await meldWijziging(o, ctx, { wijziging: lezing.wijziging, bevestig });
          // gewijzigd=2: a change met maatwerk in force; that amount stays until a case worker decides.
          if (bevestig)
            return reply.redirect(
              uitkomst.partnerclaim
                ? '/mijn?partner=te-controleren'
                : `/mijn?gewijzigd=${uitkomst.nieuweZaken.length > 0 ? 2 : 1}`,
              303,
            );
          return web.render(reply, WijzigingVoorbeeld({ ctx: web.ctx(request), soort, waarden, uitkomst }));
        } catch (e) {
          // Refusals about the input (400, 409 "already known", 422) go back to the form.
          if (e instanceof DienstFout && [400, 409, 422].includes(e.status))
            return formulier(dienstFouten(soort, e), e.status);
          throw e;
        }
      }),
    );

    app.get('/mijn/terugbellen', pre, async (request, reply) =>
      web.render(reply, Terugbellen({ ctx: web.ctx(request), waarden: {}, fouten: [] })),
    );

    app.post(
      '/mijn/terugbellen',
      pre,
      pagina(async (request, reply) => {
        const waarden = {
          onderwerp: veld(request.body, 'onderwerp'),
          telefoon: veld(request.body, 'telefoon').slice(0, 20),
          voorkeur: veld(request.body, 'voorkeur') || 'geen',
        };
        const r = leesMetSchema(
          TerugbelVerzoek,
          {
            onderwerp: tekstOfNiets(waarden.onderwerp),
            telefoon: tekstOfNiets(waarden.telefoon),
            ...(waarden.voorkeur !== 'geen' ? { voorkeur: waarden.voorkeur } : {}),
          },
          terugbelFormulier,
        );
        if (!r.ok)
          return web.render(reply, Terugbellen({ ctx: web.ctx(request), waarden, fouten: r.fouten }), 400);
        const zaak = await vraagTerugbellen(o, dienstCtx(o, web, request), r.waarde);
        return web.render(reply, TerugbellenOntvangen({ ctx: web.ctx(request), zaak }), 201);
      }),
    );

    const TerugbetalenVraag = z.object({
      betaald: z.literal('1').optional().catch(undefined),
      regeling: z.literal('1').optional().catch(undefined),
    });
    const terugbetalenData = async (request: FastifyRequest) => {
      try {
        return await terugbetalenVan(o, dienstCtx(o, web, request), {});
      } catch (e) {
        if (!geenRegistratie(e)) throw e;
        return undefined;
      }
    };

    app.get(
      '/mijn/terugbetalen',
      pre,
      pagina(async (request, reply) => {
        const { betaald, regeling } = queryVan(request, TerugbetalenVraag);
        const data = await terugbetalenData(request);
        return web.render(
          reply,
          Terugbetalen({ ctx: web.ctx(request), data, betaald: betaald === '1', regeling: regeling === '1' }),
        );
      }),
    );

    app.post(
      '/mijn/terugbetalen/:id',
      pre,
      pagina(async (request, reply) => {
        const vorderingId = idVan(request);
        const waarde = veld(request.body, 'bedrag').slice(0, 30);
        const r = leesMetSchema(BetaalTerugVerzoek, { bedrag: centenUit(waarde) }, terugbetaalFormulier);
        const opnieuw = async (fouten: VeldFout[], status: number) =>
          web.render(
            reply,
            Terugbetalen({
              ctx: web.ctx(request),
              data: await terugbetalenData(request),
              fout: { vorderingId, fouten, waarde },
            }),
            status,
          );
        if (!r.ok) return opnieuw(r.fouten, 400);
        try {
          await betaalTerug(o, dienstCtx(o, web, request), { vorderingId, bedrag: r.waarde.bedrag });
        } catch (e) {
          if (e instanceof DienstFout && e.code === 'meer-dan-open')
            return opnieuw([{ veld: 'bedrag', melding: t('terugbetalen.teVeel') }], 409);
          throw e;
        }
        return reply.redirect('/mijn/terugbetalen?betaald=1', 303);
      }),
    );

    // Payment plans (issue 15): the standard plan with one action; the personal plan after a preview.
    const regelingFout = (e: unknown) =>
      e instanceof DienstFout && e.code === 'regeling-bestaat-al'
        ? t('regeling.alGekozen')
        : e instanceof DienstFout && e.code === 'regeling-niet-mogelijk'
          ? t('regeling.nietMogelijk')
          : undefined;
    app.post(
      '/mijn/terugbetalen/:id/standaard',
      pre,
      pagina(async (request, reply) => {
        const vorderingId = idVan(request);
        try {
          await regelingAanvragen(o, dienstCtx(o, web, request), vorderingId, { soort: 'standaard' });
        } catch (e) {
          const melding = regelingFout(e);
          if (!melding) throw e;
          return web.render(
            reply,
            Terugbetalen({
              ctx: web.ctx(request),
              data: await terugbetalenData(request),
              fout: { vorderingId, fouten: [{ melding }], waarde: '' },
            }),
            409,
          );
        }
        return reply.redirect('/mijn/terugbetalen?regeling=1', 303);
      }),
    );

    const eigenVordering = async (request: FastifyRequest) => {
      const id = idVan(request);
      const v = (await terugbetalenData(request))?.vorderingen.find((x) => x.id === id);
      if (!v) throw new NietGevonden('Deze terugvordering bestaat niet.');
      return v;
    };
    app.get(
      '/mijn/terugbetalen/:id/persoonlijk',
      pre,
      pagina(async (request, reply) => {
        const v = await eigenVordering(request);
        if (v.betalingsregeling || v.saldo <= 0) return reply.redirect('/mijn/terugbetalen', 303);
        return web.render(reply, PersoonlijkeRegeling({ ctx: web.ctx(request), v, waarden: {}, fouten: [] }));
      }),
    );
    app.post(
      '/mijn/terugbetalen/:id/persoonlijk',
      pre,
      pagina(async (request, reply) => {
        const v = await eigenVordering(request);
        const waarden: Record<string, string> = {
          leefsituatie: veld(request.body, 'leefsituatie').slice(0, 10),
        };
        for (const k of DRAAGKRACHT_VELDEN) waarden[k] = veld(request.body, k).slice(0, 30);
        const toon = (
          extra: { fouten?: VeldFout[]; voorbeeld?: Awaited<ReturnType<typeof regelingVoorbeeld>> },
          status = 200,
        ) =>
          web.render(
            reply,
            PersoonlijkeRegeling({
              ctx: web.ctx(request),
              v,
              waarden,
              fouten: extra.fouten ?? [],
              ...(extra.voorbeeld ? { voorbeeld: extra.voorbeeld } : {}),
            }),
            status,
          );
        const r = leesMetSchema(
          Draagkracht,
          {
            leefsituatie: waarden.leefsituatie || undefined,
            ...Object.fromEntries(DRAAGKRACHT_VELDEN.map((k) => [k, centenUit(waarden[k])])),
          },
          draagkrachtFormulier,
        );
        if (!r.ok) return toon({ fouten: r.fouten }, 400);
        const ctx = dienstCtx(o, web, request);
        if (veld(request.body, 'actie') !== 'akkoord')
          return toon({ voorbeeld: await regelingVoorbeeld(o, ctx, v.id, { draagkracht: r.waarde }) });
        try {
          await regelingAanvragen(o, ctx, v.id, { soort: 'persoonlijk', draagkracht: r.waarde });
        } catch (e) {
          const melding = regelingFout(e);
          if (!melding) throw e;
          return toon({ fouten: [{ melding }] }, 409);
        }
        return reply.redirect('/mijn/terugbetalen?regeling=1', 303);
      }),
    );

    app.get(
      '/mijn/zaken',
      pre,
      pagina(async (request, reply) => {
        let zaken: Awaited<ReturnType<typeof mijnZaken>> = [];
        let contacten: Awaited<ReturnType<typeof mijnContacten>> = [];
        try {
          const ctx = dienstCtx(o, web, request);
          zaken = await mijnZaken(o, ctx);
          contacten = await mijnContacten(o, ctx);
        } catch (e) {
          if (!geenRegistratie(e)) throw e;
        }
        return web.render(
          reply,
          MijnZaken({ ctx: web.ctx(request), zaken, contacten, bezwaren: await mijnBezwaren(request) }),
        );
      }),
    );

    app.get(
      '/mijn/betalingen',
      pre,
      pagina(async (request, reply) => {
        let data: Awaited<ReturnType<typeof mijnBetalingen>> | undefined;
        try {
          data = await mijnBetalingen(o, dienstCtx(o, web, request), {});
        } catch (e) {
          if (!geenRegistratie(e)) throw e;
        }
        return web.render(reply, MijnBetalingen({ ctx: web.ctx(request), data }));
      }),
    );

    app.get(
      '/mijn/brieven',
      pre,
      pagina(async (request, reply) => {
        let brieven: Awaited<ReturnType<typeof brievenVan>>['brieven'] = [];
        try {
          brieven = (await brievenVan(o, dienstCtx(o, web, request), {})).brieven;
        } catch (e) {
          if (!geenRegistratie(e)) throw e;
        }
        return web.render(
          reply,
          MijnBrieven({ ctx: web.ctx(request), brieven, bezwaren: await mijnBezwaren(request) }),
        );
      }),
    );

    const briefId = (request: FastifyRequest): number => {
      const id = (request.params as { id: string }).id;
      if (!/^\d{1,15}$/.test(id)) throw new NietGevonden('Deze pagina bestaat niet.');
      return Number(id);
    };

    app.get(
      '/mijn/berichten',
      pre,
      pagina(async (request, reply) => {
        let lijst: Awaited<ReturnType<typeof berichten>>['berichten'] = [];
        try {
          lijst = (await berichten(o, dienstCtx(o, web, request), {})).berichten;
        } catch (e) {
          if (!geenRegistratie(e)) throw e;
        }
        return web.render(reply, MijnBerichten({ ctx: web.ctx(request), berichten: lijst }));
      }),
    );

    app.get(
      '/mijn/berichten/:id',
      pre,
      pagina(async (request, reply) => {
        const bericht = await leesBericht(o, dienstCtx(o, web, request), briefId(request));
        return web.render(reply, BerichtPagina({ ctx: web.ctx(request), bericht }));
      }),
    );

    // The answer to a life-event message: "klopt", or on to the preview of the change, filled in.
    app.post(
      '/mijn/berichten/:id/reactie',
      pre,
      pagina(async (request, reply) => {
        const reactie = veld(request.body, 'reactie') === 'wijziging' ? 'wijziging' : 'klopt';
        const ctx = dienstCtx(o, web, request);
        const uit = await reageerOpLevensgebeurtenis(o, ctx, briefId(request), reactie);
        if (reactie === 'klopt' || uit.reactie === 'klopt')
          return web.render(
            reply,
            ReactieBedankt({ ctx: web.ctx(request), eerder: uit.reactie !== reactie }),
          );
        const w = uit.wijziging;
        if (w?.soort !== 'kinderopvang') return reply.redirect('/mijn/wijziging', 303);
        const uitkomst = await meldWijziging(o, ctx, { wijziging: w, bevestig: false });
        const waarden = {
          kind: String(w.kind + 1),
          vanaf: w.vanaf,
          uren: String(w.urenPerMaand),
          uurprijs: '',
        };
        return web.render(
          reply,
          WijzigingVoorbeeld({ ctx: web.ctx(request), soort: w.soort, waarden, uitkomst }),
        );
      }),
    );

    app.get(
      '/mijn/brieven/:id',
      pre,
      pagina(async (request, reply) => {
        const id = briefId(request);
        const w = await brief(o, dienstCtx(o, web, request), id, 'html-fragment');
        return web.render(
          reply,
          BriefPagina({
            ctx: web.ctx(request),
            onderwerp: w.onderwerp,
            html: w.html!,
            pdfHref: `/mijn/brieven/${id}/pdf`,
            terugHref: '/mijn/brieven',
            terugTekst: t('brief.terug'),
            bezwaarHref: `/mijn/bezwaar/${id}`,
          }),
        );
      }),
    );

    app.get(
      '/mijn/brieven/:id/pdf',
      pre,
      pagina(async (request, reply) => {
        const id = briefId(request);
        const w = await brief(o, dienstCtx(o, web, request), id, 'pdf');
        return reply
          .type('application/pdf')
          .header('Content-Disposition', `attachment; filename="brief-${id}.pdf"`)
          .send(Buffer.from(w.pdf!));
      }),
    );

    app.get(
      '/mijn/gegevens',
      pre,
      pagina(async (request, reply) => {
        const p = (request.query as { pagina?: string }).pagina;
        const pagina = p === undefined ? 1 : /^\d{1,6}$/.test(p) ? Number(p) : Number.NaN;
        if (!(pagina >= 1)) throw new NietGevonden('Deze pagina bestaat niet.');
        const overzicht = await mijnVerwerkingenOverzicht(o, dienstCtx(o, web, request), pagina);
        if (pagina > 1 && overzicht.groepen.length === 0) throw new NietGevonden('Deze pagina bestaat niet.');
        return web.render(reply, MijnGegevens({ ctx: web.ctx(request), overzicht }));
      }),
    );

    // An unknown page under /mijn: the citizen's 404 (not the generic one).
    app.get('/mijn/*', pre, async (request, reply) =>
      web.render(
        reply,
        Foutpagina({ ctx: web.ctx(request), status: 404, melding: '', publiek: 'burger' }),
        404,
      ),
    );
  };
}
