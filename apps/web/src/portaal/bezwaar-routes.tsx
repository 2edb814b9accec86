/**
 * @module
 * The portal's objection pages (issue 14): the form for one decision (GET/POST
 * /mijn/bezwaar/<beschikking>), validated with the API's own `BezwaarVerzoek` and worded per field
 * in B1, the confirmation with its receipt letter, and each objection letter as a page or PDF
 * (/mijn/bezwaarbrieven/<id>), and each file sent with it (/mijn/bezwaarstukken/<id>). The services check every right again and log every read and write.
 */
import {
  BezwaarVerzoek,
  bezwaarBrief,
  bezwaarFormulier,
  bezwaarStukDownloaden,
  DienstFout,
  dienBezwaarIn,
  kenmerkVan,
  NietGevonden,
  type Omgeving,
} from '@regelmaat/diensten';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebHulp } from '../app';
import { dienstCtx, metFouten } from '../diensten/context';
import { bestandenVan, bestandFout, stuurStuk } from '../formulieren/bestanden';
import { leesMetSchema, type SchemaFormulier } from '../formulieren/schema-formulier';
import { idVan, veld } from '../formulieren/verzoek';
import { tekstOfNiets } from '../formulieren/waarden';
import { type TekstKey, t } from '../teksten';
import { foutmelding } from '../teksten/foutmeldingen';
import { BEL_VOORKEUREN, BezwaarFormulier, BezwaarOntvangen } from './Bezwaar';
import { BriefPagina } from './Brieven';

/** The objection form: the API's `BezwaarVerzoek`, each problem worded for its field (B1). */
const bezwaarFormulierSchema: SchemaFormulier = {
  velden: ['gronden', 'telefoon', 'voorkeur'],
  veldVan: (pad) => (['gronden', 'telefoon', 'voorkeur'].includes(pad) ? pad : undefined),
  melding(veld) {
    if (veld === 'telefoon') return t('bezwaar.fout.telefoon');
    if (veld === 'voorkeur') return foutmelding.keuze(t('bezwaar.voorkeur'));
    return foutmelding.teLang(t('bezwaar.gronden'));
  },
};

/** The grounds with the papers the person describes (there is no upload yet). */
export function grondenMetStukken(gronden: string, stukken: string): string | undefined {
  const g = gronden.trim();
  const s = stukken.trim();
  if (!s) return g || undefined;
  const papieren = `Papieren die ik meestuur: ${s}`;
  return g ? `${g}\n\n${papieren}` : papieren;
}

export function bezwaarPaginas(o: Omgeving, app: FastifyInstance, web: WebHulp): void {
  const pre = { preHandler: web.vereisInlog('burger') };
  const pagina = (h: Parameters<typeof metFouten>[2]) => metFouten(web, 'burger', h);

  app.get(
    '/mijn/bezwaar/:id',
    pre,
    pagina(async (request, reply) => {
      const id = idVan(request);
      const data = await bezwaarFormulier(o, dienstCtx(o, web, request), id);
      return web.render(
        reply,
        BezwaarFormulier({ ctx: web.ctx(request), beschikkingId: id, data, waarden: {}, fouten: [] }),
      );
    }),
  );

  app.post(
    '/mijn/bezwaar/:id',
    pre,
    pagina(async (request, reply) => {
      const id = idVan(request);
      const ctx = dienstCtx(o, web, request);
      const voorkeur = veld(request.body, 'voorkeur') || 'geen';
      const waarden = {
        gronden: veld(request.body, 'gronden'),
        stukken: veld(request.body, 'stukken'),
        telefoon: veld(request.body, 'telefoon').slice(0, 30),
        voorkeur,
      };
      const { stukken, teGroot } = bestandenVan(request.body, 'bestanden');
      const opnieuw = async (fouten: Parameters<typeof BezwaarFormulier>[0]['fouten'], status: number) =>
        web.render(
          reply,
          BezwaarFormulier({
            ctx: web.ctx(request),
            beschikkingId: id,
            data: await bezwaarFormulier(o, ctx, id),
            waarden,
            fouten,
            bestandenOpnieuw: stukken.length + teGroot.length > 0,
          }),
          status,
        );
      if (!(BEL_VOORKEUREN as readonly string[]).includes(voorkeur))
        return opnieuw([{ veld: 'voorkeur', melding: foutmelding.keuze(t('bezwaar.voorkeur')) }], 400);
      const gronden = grondenMetStukken(waarden.gronden, waarden.stukken);
      const r = leesMetSchema(
        BezwaarVerzoek,
        {
          beschikkingId: id,
          ...(gronden ? { gronden } : {}),
          ...(tekstOfNiets(waarden.telefoon.trim()) ? { telefoon: waarden.telefoon.trim() } : {}),
          ...(voorkeur !== 'geen' ? { voorkeur: t(`bezwaar.voorkeur.${voorkeur}` as TekstKey) } : {}),
        },
        bezwaarFormulierSchema,
      );
      if (!r.ok) return opnieuw(r.fouten, 400);
      const teGrootFout = bestandFout(stukken, teGroot);
      if (teGrootFout) return opnieuw([{ veld: 'bestanden', melding: teGrootFout }], 400);
      try {
        const ingediend = await dienBezwaarIn(o, ctx, { ...r.waarde, stukken });
        return web.render(
          reply,
          BezwaarOntvangen({ ctx: web.ctx(request), ingediend, kenmerk: kenmerkVan(ingediend.bezwaar) }),
          201,
        );
      } catch (e) {
        // Already an objection against this letter: the form says so (409).
        if (e instanceof DienstFout && e.status === 409) return opnieuw([], 409);
        // A file that is not a PDF, JPG or PNG by its bytes, too large, or too many files.
        const melding = bestandFout(stukken, [], e);
        if (melding) return opnieuw([{ veld: 'bestanden', melding }], 400);
        throw e;
      }
    }),
  );

  const briefId = (request: FastifyRequest): number => {
    const id = (request.params as { id: string }).id;
    if (!/^\d{1,15}$/.test(id)) throw new NietGevonden('Deze pagina bestaat niet.');
    return Number(id);
  };

  app.get(
    '/mijn/bezwaarbrieven/:id',
    pre,
    pagina(async (request, reply) => {
      const id = briefId(request);
      const w = await bezwaarBrief(o, dienstCtx(o, web, request), id, 'html-fragment');
      return web.render(
        reply,
        BriefPagina({
          ctx: web.ctx(request),
          onderwerp: t(`bezwaar.brief.${w.opgeslagen.soort}` as TekstKey),
          html: w.html!,
          pdfHref: `/mijn/bezwaarbrieven/${id}/pdf`,
          terugHref: '/mijn/brieven',
          terugTekst: t('brief.terug'),
        }),
      );
    }),
  );

  // A file sent with one of the citizen's own objections (the service refuses another's as not found).
  app.get(
    '/mijn/bezwaarstukken/:id',
    pre,
    pagina(async (request, reply) => {
      const stuk = await bezwaarStukDownloaden(o, dienstCtx(o, web, request), briefId(request));
      return stuurStuk(reply, stuk);
    }),
  );

  app.get(
    '/mijn/bezwaarbrieven/:id/pdf',
    pre,
    pagina(async (request, reply) => {
      const id = briefId(request);
      const w = await bezwaarBrief(o, dienstCtx(o, web, request), id, 'pdf');
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="bezwaarbrief-${id}.pdf"`)
        .send(Buffer.from(w.pdf!));
    }),
  );
}
