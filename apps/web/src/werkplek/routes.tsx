/**
 * @module
 * `werkplekPaginas(o)`: the case-worker workspace (C5, C6) under /werk on the real services of
 * @regelmaat/diensten: the queue with filters, the case view, claim/release/close with the case
 * version (optimistic locking: a stale or lost claim is shown, not overwritten), contacts, the
 * maatwerk form with comparable decisions, the team lead's approval screen (four-eyes) and bulk
 * reassignment. Every page needs a staff login; the services check each right again.
 */
import {
  beschikkingMetUitleg,
  brief,
  brievenVan,
  claimZaak,
  DienstFout,
  dossier,
  geefZaakVrij,
  goedkeuringsdrempelVan,
  herverdeelZaken,
  keurMaatwerkGoed,
  legContactVastVoor,
  legMaatwerkbesluitVast,
  maatwerkBriefVoorbeeld,
  maatwerkTerGoedkeuring,
  maatwerkVanZaak,
  medewerkerNamen,
  NietGevonden,
  type Omgeving,
  Ongeldig,
  overzicht,
  sluit,
  standaardUitkomstVoorZaak,
  teamleden,
  vergelijkbaarVoorZaak,
  wachtrij,
  wijsMaatwerkAf,
  zaakDetail,
} from '@regelmaat/diensten';
import type { RegelingId } from '@regelmaat/law';
import { heeftRecht } from '@regelmaat/toegang';
import {
  afwijkingVanVergelijkbaar,
  KANALEN,
  ZAAKTYPEN,
  type ZaakSoort,
  type ZaakStatus,
} from '@regelmaat/zaken';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebHulp } from '../app';
import type { VeldFout } from '../components/Foutensamenvatting';
import { dienstCtx, dienstSessie, metFouten } from '../diensten/context';
import { Foutpagina } from '../pages/Foutpagina';
import { BriefPagina } from '../portaal/Brieven';
import { t } from '../teksten';
import { BeschikkingPagina } from './Beschikking';
import { Goedkeuren } from './Goedkeuren';
import { Herverdelen } from './Herverdelen';
import { MaatwerkFormulier, MaatwerkVastgelegd } from './Maatwerk';
import { leesMaatwerk, maatwerkVelden } from './maatwerk-invoer';
import { LIJSTEN, type Lijst, Wachtrij } from './Wachtrij';
import { metNamen } from './weergave';
import { ZaakPagina } from './Zaak';

const veld = (body: unknown, naam: string, max = 2000): string => {
  const v = (body as Record<string, unknown> | undefined)?.[naam];
  return typeof v === 'string' ? v.trim().slice(0, max) : '';
};
const lijstVeld = (body: unknown, naam: string): string[] => {
  const v = (body as Record<string, unknown> | undefined)?.[naam];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
};
const query = (request: FastifyRequest, naam: string): string => {
  const v = (request.query as Record<string, unknown>)[naam];
  return typeof v === 'string' ? v : '';
};
const idUit = (request: FastifyRequest): number => {
  const id = (request.params as { id: string }).id;
  if (!/^\d{1,15}$/.test(id)) throw new NietGevonden('Deze pagina bestaat niet.');
  return Number(id);
};
const versieUit = (body: unknown): number => {
  const v = veld(body, 'versie');
  return /^\d{1,9}$/.test(v) ? Number(v) : -1;
};

const OPEN: ZaakStatus[] = ['open', 'in-behandeling', 'wacht-op-goedkeuring'];

const GEDAAN: Record<string, string> = {
  geclaimd: 'U heeft de zaak opgepakt.',
  vrijgegeven: 'De zaak staat weer in de werkvoorraad van het team.',
  afgerond: 'De zaak is afgerond.',
  contact: 'Het contact is vastgelegd.',
};

export function werkplekPaginas(o: Omgeving) {
  return (app: FastifyInstance, web: WebHulp): void => {
    const pre = { preHandler: web.vereisInlog('medewerker') };
    const pagina = (h: Parameters<typeof metFouten>[2]) => metFouten(web, 'medewerker', h);
    const ctxVan = (request: FastifyRequest) => dienstCtx(o, web, request);

    app.get(
      '/werk',
      pre,
      pagina(async (request, reply) => {
        const ctx = ctxVan(request);
        const s = dienstSessie(ctx);
        const l = query(request, 'lijst');
        const lijst: Lijst = (LIJSTEN as readonly string[]).includes(l) ? (l as Lijst) : 'mijn';
        const soortQ = query(request, 'soort');
        const soort = ZAAKTYPEN.some((z) => z.id === soortQ) ? (soortQ as ZaakSoort) : undefined;
        const na = /^\d{1,15}$/.test(query(request, 'na')) ? Number(query(request, 'na')) : undefined;
        const team = s.team;
        const basis = {
          ...(team ? { team } : {}),
          ...(soort ? { soort } : {}),
          ...(na !== undefined ? { na } : {}),
          limiet: 50,
        };
        const filter =
          lijst === 'mijn'
            ? { ...basis, behandelaar: s.id, status: OPEN }
            : lijst === 'team'
              ? { ...basis, behandelaar: null, status: ['open' as const] }
              : lijst === 'telaat'
                ? { ...basis, teLaat: true }
                : { ...basis, status: OPEN };
        const [r, namen] = await Promise.all([wachtrij(o, ctx, filter), medewerkerNamen(o, ctx)]);
        return web.render(
          reply,
          Wachtrij({
            ctx: web.ctx(request),
            lijst,
            soort: soort ?? '',
            zaken: r.zaken,
            namen,
            ...(r.volgende !== undefined ? { volgende: r.volgende } : {}),
            ...(team ? { team } : {}),
            teamleider: s.rol === 'teamleider',
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
      const detail = await zaakDetail(o, ctx, id);
      const [d, maatwerk, namen] = await Promise.all([
        dossier(o, ctx, { bsn: detail.bsnAanvrager }),
        maatwerkVanZaak(o, ctx, id),
        medewerkerNamen(o, ctx),
      ]);
      // The household's letters, for a role that may read decisions (not shown otherwise).
      const brieven = heeftRecht(s.rol, 'beschikking:lezen')
        ? (await brievenVan(o, ctx, { bsn: detail.bsnAanvrager })).brieven
        : undefined;
      const gedaan = GEDAAN[query(request, 'gedaan')];
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
        const id = idUit(request);
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
        const v = await maatwerkBriefVoorbeeld(o, ctxVan(request), idUit(request));
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
        const id = idUit(request);
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
      pagina(async (request, reply) => toonZaak(request, reply, idUit(request))),
    );

    /** A case action: on success back to the case (Post/Redirect/Get), a refusal shown on the case. */
    const zaakActie = (
      naam: string,
      doe: (ctx: ReturnType<typeof ctxVan>, id: number, body: unknown) => Promise<unknown>,
    ) =>
      pagina(async (request, reply) => {
        const id = idUit(request);
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
      zaakActie('geclaimd', (ctx, id, body) => claimZaak(o, ctx, id, versieUit(body))),
    );
    app.post(
      '/werk/zaken/:id/vrijgeven',
      pre,
      zaakActie('vrijgegeven', (ctx, id, body) => geefZaakVrij(o, ctx, id, versieUit(body))),
    );
    app.post(
      '/werk/zaken/:id/afronden',
      pre,
      zaakActie('afgerond', (ctx, id, body) =>
        sluit(o, ctx, id, versieUit(body), veld(body, 'uitkomst') || 'Afgerond zonder toelichting.'),
      ),
    );

    app.post(
      '/werk/zaken/:id/contact',
      pre,
      pagina(async (request, reply) => {
        const id = idUit(request);
        const ctx = ctxVan(request);
        const w = {
          kanaal: veld(request.body, 'kanaal'),
          richting: veld(request.body, 'richting'),
          onderwerp: veld(request.body, 'onderwerp', 200),
          contactUitkomst: veld(request.body, 'contactUitkomst'),
        };
        const fouten: VeldFout[] = [];
        if (!(KANALEN as readonly string[]).includes(w.kanaal))
          fouten.push({ veld: 'kanaal', melding: 'Kies een kanaal.' });
        if (w.richting !== 'inkomend' && w.richting !== 'uitgaand')
          fouten.push({ veld: 'richting', melding: 'Kies inkomend of uitgaand.' });
        if (!w.onderwerp) fouten.push({ veld: 'onderwerp', melding: 'Vul het onderwerp in.' });
        if (!w.contactUitkomst)
          fouten.push({ veld: 'contactUitkomst', melding: 'Vul de uitkomst van het contact in.' });
        if (fouten.length > 0)
          return toonZaak(request, reply, id, { contactFouten: fouten, contactWaarden: w }, 400);
        const detail = await zaakDetail(o, ctx, id);
        await legContactVastVoor(o, ctx, {
          bsn: detail.bsnAanvrager,
          zaakId: id,
          kanaal: w.kanaal as (typeof KANALEN)[number],
          richting: w.richting as 'inkomend' | 'uitgaand',
          onderwerp: w.onderwerp,
          uitkomst: w.contactUitkomst,
        });
        return reply.redirect(`/werk/zaken/${id}?gedaan=contact#contact`, 303);
      }),
    );

    app.get(
      '/werk/beschikkingen/:id',
      pre,
      pagina(async (request, reply) => {
        const data = await beschikkingMetUitleg(o, ctxVan(request), idUit(request));
        return web.render(reply, BeschikkingPagina({ ctx: web.ctx(request), data }));
      }),
    );

    // Maatwerk: the form (with comparable decisions for the chosen toeslag) and recording it.
    const toonMaatwerk = async (
      request: FastifyRequest,
      reply: FastifyReply,
      id: number,
      regelingQ: string,
      waarden: Record<string, string>,
      fouten: VeldFout[],
      status = 200,
      controle?: { afwijking: number },
    ) => {
      const ctx = ctxVan(request);
      const detail = await zaakDetail(o, ctx, id);
      const z = detail.zaak;
      const jaar = z.jaar ?? Number(o.klok().slice(0, 4));
      const ov = await overzicht(o, ctx, { bsn: detail.bsnAanvrager, jaar });
      const regeling = (
        ['zorgtoeslag', 'huurtoeslag', 'kindgebonden_budget', 'kinderopvangtoeslag'].includes(regelingQ)
          ? regelingQ
          : (z.regeling ?? ov.toeslagen[0]?.regeling ?? 'zorgtoeslag')
      ) as RegelingId;
      // What the law gives, computed by the server (never typed in): shown on the form.
      let standaard: { bedrag: number; omschrijving: string } | { melding: string };
      try {
        standaard = await standaardUitkomstVoorZaak(o, ctx, id, { regeling, jaar });
      } catch (e) {
        if (!(e instanceof DienstFout && e.status === 422)) throw e;
        standaard = { melding: e.message };
      }
      const standaardBedrag = 'bedrag' in standaard ? standaard.bedrag : 0;
      const vergelijkbaar = await vergelijkbaarVoorZaak(o, ctx, id, {
        regeling,
        jaar,
        bedrag: standaardBedrag,
      });
      const waarschuwing =
        controle && 'bedrag' in standaard
          ? afwijkingVanVergelijkbaar({ standaardBedrag, afwijkingBedrag: controle.afwijking }, vergelijkbaar)
          : undefined;
      return web.render(
        reply,
        MaatwerkFormulier({
          ctx: web.ctx(request),
          zaak: z,
          regeling,
          jaar,
          waarden,
          fouten,
          vergelijkbaar,
          standaard,
          drempel: goedkeuringsdrempelVan(o),
          ...(waarschuwing ? { waarschuwing } : {}),
          gecontroleerd: controle !== undefined,
        }),
        status,
      );
    };

    app.get(
      '/werk/zaken/:id/maatwerk',
      pre,
      pagina(async (request, reply) =>
        toonMaatwerk(request, reply, idUit(request), query(request, 'regeling'), {}, []),
      ),
    );

    app.post(
      '/werk/zaken/:id/maatwerk',
      pre,
      pagina(async (request, reply) => {
        const id = idUit(request);
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
      if (web.sessie(request)?.rol === 'teamleider') return;
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
        const g = query(request, 'gedaan');
        const b = query(request, 'beschikking');
        const melding =
          g === 'goed'
            ? {
                type: 'ok' as const,
                tekst: `Het maatwerkbesluit is goedgekeurd en van kracht (beschikking #${b}).`,
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
        const id = idUit(request);
        const ctx = ctxVan(request);
        const oordeel = veld(request.body, 'oordeel');
        try {
          if (oordeel === 'goed') {
            const r = await keurMaatwerkGoed(o, ctx, id);
            return reply.redirect(`/werk/goedkeuren?gedaan=goed&beschikking=${r.beschikkingId ?? ''}`, 303);
          }
          if (oordeel === 'af') {
            const toelichting = veld(request.body, `toelichting-${id}`);
            if (!toelichting)
              return toonGoedkeuren(
                request,
                reply,
                { type: 'warning', tekst: `Geef een reden om besluit #${id} af te wijzen.` },
                400,
              );
            await wijsMaatwerkAf(o, ctx, id, toelichting);
            return reply.redirect('/werk/goedkeuren?gedaan=af', 303);
          }
          throw new NietGevonden('Onbekend oordeel.');
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
    ) => {
      const ctx = ctxVan(request);
      const s = dienstSessie(ctx);
      const [r, leden, namen] = await Promise.all([
        wachtrij(o, ctx, {
          ...(s.team ? { team: s.team } : {}),
          status: ['open', 'in-behandeling'],
          limiet: 200,
        }),
        teamleden(o, ctx, s.team ?? ''),
        medewerkerNamen(o, ctx),
      ]);
      return web.render(
        reply,
        Herverdelen({ ctx: web.ctx(request), zaken: r.zaken, leden, namen, ...extra }),
        status,
      );
    };

    app.get(
      '/werk/herverdelen',
      preLeider,
      pagina(async (request, reply) => toonHerverdelen(request, reply)),
    );

    app.post(
      '/werk/herverdelen',
      preLeider,
      pagina(async (request, reply) => {
        const ids = lijstVeld(request.body, 'zaak')
          .filter((x) => /^\d{1,15}$/.test(x))
          .map(Number);
        if (ids.length === 0)
          return toonHerverdelen(
            request,
            reply,
            { fouten: [{ veld: 'zaak', melding: 'Kies minstens één zaak.' }] },
            400,
          );
        const naar = veld(request.body, 'naar') || null;
        try {
          const resultaten = await herverdeelZaken(o, ctxVan(request), ids, naar);
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
