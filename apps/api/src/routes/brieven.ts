/**
 * @module
 * Letters (issue 13): a household's letters, and one letter as JSON data, an HTML page or a PDF — by
 * `?formaat=` or, without it, by the Accept header (PDF or HTML when asked for, else JSON). Every
 * read writes the processing log for each person the letter concerns (in the service).
 */
import { brief, brievenVan, legBriefVerzendingVast } from '@regelmaat/diensten';
import { z } from 'zod';
import { Bestand, route } from '../route';
import { Bsn, Centen, Datum, IdPad } from '../schemas';

const BriefSoort = z.enum(['voorschot', 'wijziging', 'maatwerk', 'definitieve-berekening']);
const Verzonden = z.object({ op: z.string(), pdfSha256: z.string() });

const BriefInLijst = z.object({
  beschikkingId: z.number().int(),
  soort: BriefSoort,
  onderwerp: z.string(),
  briefdatum: Datum,
  regeling: z.string(),
  jaar: z.number().int(),
  vastgelegd: z.boolean(),
  verzonden: Verzonden.optional(),
});

const Toeslag = z.looseObject({
  regeling: z.string(),
  naam: z.string(),
  jaarbedrag: Centen,
  maandbedragen: z.array(Centen).length(12),
});

const BriefData = z.object({
  beschikkingId: z.number().int(),
  huishoudenId: z.number().int(),
  onderwerp: z.string(),
  soort: BriefSoort,
  vastgelegdOp: z.string(),
  verzonden: Verzonden.optional(),
  brief: z.object({
    sjabloon: z.object({ id: z.string(), versie: z.number().int() }),
    beschikking: z.object({ id: z.string(), versie: z.number().int() }),
    briefdatum: Datum,
    gegevens: z.looseObject({
      soort: BriefSoort,
      beschikkingsnummer: z.string(),
      berekeningsjaar: z.number().int(),
      toeslagen: z.array(Toeslag),
    }),
  }),
});

const Formaat = z.strictObject({
  formaat: z.enum(['json', 'html', 'pdf'], { error: "moet 'json', 'html' of 'pdf' zijn" }).optional(),
});

/** `?formaat=` wins; else the first of PDF or HTML that Accept names; else JSON. */
export function formaatVan(
  formaat: 'json' | 'html' | 'pdf' | undefined,
  accept = '',
): 'json' | 'html' | 'pdf' {
  if (formaat) return formaat;
  const a = accept.toLowerCase();
  if (a.includes('application/pdf')) return 'pdf';
  if (a.includes('text/html')) return 'html';
  return 'json';
}

export const BRIEF_ROUTES = [
  route({
    methode: 'POST',
    pad: '/brieven',
    operationId: 'brieven',
    samenvatting: 'De brieven van een huishouden (nieuwste eerst): een brief per beschikking',
    tag: 'Brieven',
    toegang: ['eigen-huishouden:lezen', 'beschikking:lezen'],
    body: z.strictObject({ bsn: Bsn.optional() }),
    antwoord: z.object({ huishoudenId: z.number().int(), brieven: z.array(BriefInLijst) }),
    handler: ({ o, ctx, body }) => brievenVan(o, ctx, body),
  }),
  route({
    methode: 'GET',
    pad: '/brieven/{id}',
    operationId: 'brief',
    samenvatting:
      'Eén brief (id van de beschikking) als JSON, HTML-pagina of PDF/UA-bestand: ?formaat= of de Accept-header',
    tag: 'Brieven',
    toegang: ['eigen-huishouden:lezen', 'beschikking:lezen'],
    params: IdPad,
    query: Formaat,
    antwoord: BriefData,
    formaten: ['text/html', 'application/pdf'],
    handler: async ({ o, ctx, params, query, accept }) => {
      const f = formaatVan(query.formaat, accept);
      const w = await brief(o, ctx, params.id, f === 'json' ? 'data' : f);
      if (f === 'pdf') return new Bestand('application/pdf', w.pdf!, `brief-${params.id}.pdf`);
      if (f === 'html') return new Bestand('text/html; charset=utf-8', w.html!);
      const { brief: data, ...kop } = w.opgeslagen;
      return { ...kop, onderwerp: w.onderwerp, brief: data };
    },
  }),
  route({
    methode: 'POST',
    pad: '/brieven/{id}/verzending',
    operationId: 'briefVerzonden',
    samenvatting: 'Leg vast dat een brief is verzonden, met de SHA-256 van de PDF (één keer)',
    tag: 'Brieven',
    toegang: ['zaak:behandelen'],
    params: IdPad,
    antwoord: z.object({
      beschikkingId: z.number().int(),
      huishoudenId: z.number().int(),
      verzondenOp: z.string(),
      pdfSha256: z.string(),
      alVastgelegd: z.boolean(),
    }),
    handler: ({ o, ctx, params }) => legBriefVerzendingVast(o, ctx, params.id),
  }),
];
