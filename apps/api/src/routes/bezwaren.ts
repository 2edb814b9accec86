/**
 * @module
 * Objections (issue 14): a citizen objects against their own decision and follows it; a case worker
 * registers one received by post or phone, takes the steps (call, hearing or its ground, grounds,
 * lateness, postponement, notice of default, decision) and a team lead approves a decision above the
 * threshold. The objection's letters as JSON, HTML or PDF. Documents (PDF, JPEG, PNG) come with the
 * objection as base64 in the JSON body (the web sends them as multipart); an objection's documents are
 * listed and each downloaded as its own type — by the citizen only their own, by staff with
 * `zaak:lezen` any, as on the web.
 */
import {
  BezwaarBeslissingVerzoek,
  BezwaarGesprekVerzoek,
  BezwaarMetStukkenVerzoek,
  BezwaarRegistratieMetStukkenVerzoek,
  beoordeelTeLaatBezwaar,
  beslisOpBezwaar,
  bezwaarBrief,
  bezwaarDossier,
  bezwaarStukDownloaden,
  bezwaarStukkenVan,
  bezwarenVoor,
  dienBezwaarIn,
  GrondenVerzoek,
  HoorzittingOverslaanVerzoek,
  HoorzittingPlannenVerzoek,
  HoorzittingVerslagVerzoek,
  IngebrekestellingVerzoek,
  keurBezwaarBeslissingGoed,
  legBezwaarGesprekVast,
  legBezwaarHoorzittingVast,
  legBezwaarIngebrekestellingVast,
  planBezwaarHoorzitting,
  registreerBezwaar,
  STUK_GRENZEN,
  slaBezwaarHoorzittingOver,
  stelAdviescommissieIn,
  stukkenUitBase64,
  TeLaatVerzoek,
  VerdagingVerzoek,
  verdaagBezwaar,
  vulBezwaarGrondenAan,
  wijsBezwaarBeslissingAf,
} from '@regelmaat/diensten';
import type { Recht } from '@regelmaat/toegang';
import type { OverslaanGrond } from '@regelmaat/zaken';
import { z } from 'zod';
import { Bestand, route, type Verzoek } from '../route';
import { Bsn, Datum, IdPad } from '../schemas';
import { formaatVan } from './brieven';

const Bezwaar = z.looseObject({
  id: z.number().int(),
  zaakId: z.number().int(),
  huishoudenId: z.number().int(),
  beschikkingIds: z.array(z.number().int()),
  fase: z.string(),
  tijdig: z.boolean(),
  ontvangenOp: Datum,
  laatsteDagBezwaartermijn: Datum,
  beslistermijn: Datum,
});
const BriefKop = z.object({ id: z.number().int(), soort: z.string(), briefdatum: Datum });
const Overzicht = z.looseObject({
  bezwaar: Bezwaar,
  kenmerk: z.string(),
  stand: z.looseObject({
    stappen: z.array(z.looseObject({ stap: z.string(), gedaan: z.boolean() })),
    verwachteBeslisdatum: Datum,
    dwangsom: z.looseObject({ soort: z.string() }),
  }),
  brieven: z.array(BriefKop),
});
const Stuk = z.object({
  id: z.number().int(),
  bezwaarId: z.number().int(),
  huishoudenId: z.number().int(),
  bestandsnaam: z.string(),
  inhoudstype: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  grootte: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  geuploadOp: z.string(),
  geuploadDoor: z.string(),
});
const Ingediend = z.object({
  bezwaar: Bezwaar,
  ontvangstbevestiging: z.looseObject({ id: z.number().int(), soort: z.string() }),
  stukken: z.array(Stuk),
});
/** The documents of one objection as base64 in JSON, with room for the JSON around them. */
const MET_STUKKEN_BYTES = Math.ceil((STUK_GRENZEN.aantal * STUK_GRENZEN.bytes) / 3) * 4 + 256 * 1024;
const EXTENSIE = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
const Formaat = z.strictObject({
  formaat: z.enum(['json', 'html', 'pdf'], { error: "moet 'json', 'html' of 'pdf' zijn" }).optional(),
});

/** A case worker's step on an objection: POST /bezwaren/{id}/<pad>. */
function stap<B>(
  pad: string,
  operationId: string,
  samenvatting: string,
  body: z.ZodType<B>,
  doe: (v: Verzoek<B, { id: number }, undefined>) => Promise<unknown>,
  toegang: Recht[] = ['zaak:behandelen'],
) {
  return route<B, { id: number }, undefined>({
    methode: 'POST',
    pad: `/bezwaren/{id}/${pad}`,
    operationId,
    samenvatting,
    tag: 'Bezwaar',
    toegang,
    params: IdPad,
    body,
    antwoord: Bezwaar,
    handler: doe,
  });
}

export const BEZWAAR_ROUTES = [
  route({
    methode: 'POST',
    pad: '/mijn/bezwaren',
    operationId: 'dienBezwaarIn',
    samenvatting:
      'Maak bezwaar tegen een eigen beschikking (burger). Het bezwaar geldt voor alle besluiten uit dezelfde brief ' +
      '(Awir 37). Zonder gronden is het een pro-forma-bezwaar met een hersteltermijn (Awb 6:6). Tegen een verrekening ' +
      'is geen bezwaar mogelijk (Awir 12): maak bezwaar tegen het besluit waar die uit volgt. Stukken (PDF, JPEG of ' +
      `PNG, ten hoogste ${STUK_GRENZEN.aantal} van ${STUK_GRENZEN.bytes / 1024 / 1024} MB) gaan mee als base64.`,
    tag: 'Bezwaar',
    toegang: ['bezwaar:indienen'],
    body: BezwaarMetStukkenVerzoek,
    antwoord: Ingediend,
    status: 201,
    maxBytes: MET_STUKKEN_BYTES,
    handler: ({ o, ctx, body }) =>
      dienBezwaarIn(o, ctx, { ...body, stukken: stukkenUitBase64(body.stukken) }),
  }),
  route({
    methode: 'GET',
    pad: '/mijn/bezwaren',
    operationId: 'mijnBezwaren',
    samenvatting: 'Mijn bezwaren met de stappen, de verwachte beslisdatum en de brieven (burger)',
    tag: 'Bezwaar',
    toegang: ['bezwaar:indienen'],
    antwoord: z.array(Overzicht),
    handler: ({ o, ctx }) => bezwarenVoor(o, ctx),
  }),
  route({
    methode: 'POST',
    pad: '/bezwaren',
    operationId: 'registreerBezwaar',
    samenvatting:
      'Een bezwaar vastleggen dat per post of telefoon binnenkwam, met de datum van ontvangst en de gescande stukken (base64)',
    tag: 'Bezwaar',
    toegang: ['zaak:behandelen'],
    body: BezwaarRegistratieMetStukkenVerzoek,
    antwoord: Ingediend,
    status: 201,
    maxBytes: MET_STUKKEN_BYTES,
    handler: ({ o, ctx, body }) =>
      registreerBezwaar(o, ctx, { ...body, stukken: stukkenUitBase64(body.stukken) }),
  }),
  route({
    methode: 'POST',
    pad: '/bezwaren/opvragen',
    operationId: 'bezwarenVan',
    samenvatting: 'De bezwaren van een huishouden',
    tag: 'Bezwaar',
    toegang: ['zaak:lezen'],
    body: z.strictObject({ bsn: Bsn }),
    antwoord: z.array(Overzicht),
    handler: ({ o, ctx, body }) => bezwarenVoor(o, ctx, body.bsn),
  }),
  route({
    methode: 'GET',
    pad: '/bezwaren/{id}',
    operationId: 'bezwaar',
    samenvatting:
      'Eén bezwaar: de bestreden beschikkingen, termijnen met waarschuwingen, dwangsom, contacten en historie',
    tag: 'Bezwaar',
    toegang: ['zaak:lezen'],
    params: IdPad,
    antwoord: Overzicht,
    handler: ({ o, ctx, params }) => bezwaarDossier(o, ctx, params.id),
  }),
  stap(
    'gesprek',
    'legBezwaarGesprekVast',
    'Het gesprek met de indiener vastleggen (contact); ingetrokken = het bezwaar eindigt',
    BezwaarGesprekVerzoek,
    ({ o, ctx, params, body }) => legBezwaarGesprekVast(o, ctx, params.id, body),
    ['contact:vastleggen'],
  ),
  stap(
    'hoorzitting',
    'planBezwaarHoorzitting',
    'Een hoorzitting plannen (Awb 7:2)',
    HoorzittingPlannenVerzoek,
    ({ o, ctx, params, body }) => planBezwaarHoorzitting(o, ctx, params.id, body),
  ),
  stap(
    'hoorzitting/verslag',
    'legBezwaarHoorzittingVast',
    'De hoorzitting is gehouden: het verslag (Awb 7:7)',
    HoorzittingVerslagVerzoek,
    ({ o, ctx, params, body }) => legBezwaarHoorzittingVast(o, ctx, params.id, body),
  ),
  stap(
    'hoorzitting/overslaan',
    'slaBezwaarHoorzittingOver',
    'Geen hoorzitting, met de grond van Awb 7:3 en de toelichting',
    HoorzittingOverslaanVerzoek,
    ({ o, ctx, params, body }) =>
      slaBezwaarHoorzittingOver(o, ctx, params.id, {
        grond: body.grond as OverslaanGrond,
        toelichting: body.toelichting,
      }),
  ),
  stap(
    'gronden',
    'vulBezwaarGrondenAan',
    'De gronden van een pro-forma-bezwaar zijn binnen (Awb 6:6, 7:10 lid 2)',
    GrondenVerzoek,
    ({ o, ctx, params, body }) => vulBezwaarGrondenAan(o, ctx, params.id, body),
  ),
  stap(
    'te-laat',
    'beoordeelTeLaatBezwaar',
    'Is de termijnoverschrijding verschoonbaar (Awb 6:11)',
    TeLaatVerzoek,
    ({ o, ctx, params, body }) => beoordeelTeLaatBezwaar(o, ctx, params.id, body),
  ),
  stap(
    'verdaging',
    'verdaagBezwaar',
    'De beslissing één keer verdagen met 6 weken, met reden en brief (Awb 7:10 lid 3)',
    VerdagingVerzoek,
    ({ o, ctx, params, body }) => verdaagBezwaar(o, ctx, params.id, body),
  ),
  stap(
    'adviescommissie',
    'stelAdviescommissieIn',
    'Een adviescommissie hoort het bezwaar (Awb 7:13): de beslistermijn wordt 12 weken in plaats van 6 (Awb 7:10 lid 1); alleen voor de beslissing',
    z.strictObject({}),
    ({ o, ctx, params }) => stelAdviescommissieIn(o, ctx, params.id),
  ),
  stap(
    'ingebrekestelling',
    'legBezwaarIngebrekestellingVast',
    'Een ingebrekestelling is ontvangen (Awb 4:17; dwangsom Awir 12 lid 2)',
    IngebrekestellingVerzoek,
    ({ o, ctx, params, body }) => legBezwaarIngebrekestellingVast(o, ctx, params.id, body),
  ),
  stap(
    'beslissing',
    'beslisOpBezwaar',
    'Beslissen op het bezwaar (Awb 7:11) met motivering; boven de drempel wacht het op een teamleider (vier ogen)',
    BezwaarBeslissingVerzoek,
    ({ o, ctx, params, body }) => beslisOpBezwaar(o, ctx, params.id, body),
  ),
  stap(
    'beslissing/goedkeuring',
    'keurBezwaarBeslissingGoed',
    'Een beslissing op bezwaar van een ander goedkeuren (vier ogen); daarna volgen het nieuwe besluit en de brief',
    z.strictObject({}),
    ({ o, ctx, params }) => keurBezwaarBeslissingGoed(o, ctx, params.id),
    ['bezwaar:goedkeuren'],
  ),
  stap(
    'beslissing/afwijzing',
    'wijsBezwaarBeslissingAf',
    'Een beslissing op bezwaar terugsturen naar de behandelaar, met toelichting',
    z.strictObject({ toelichting: z.string().trim().min(1, 'is verplicht').max(2000) }),
    ({ o, ctx, params, body }) => wijsBezwaarBeslissingAf(o, ctx, params.id, body),
    ['bezwaar:goedkeuren'],
  ),
  route({
    methode: 'GET',
    pad: '/bezwaren/{id}/stukken',
    operationId: 'bezwaarStukken',
    samenvatting:
      'De stukken van een bezwaar, zonder de inhoud: naam, type, grootte en SHA-256 (burger: alleen van een eigen bezwaar)',
    tag: 'Bezwaar',
    toegang: ['bezwaar:indienen', 'zaak:lezen'],
    params: IdPad,
    antwoord: z.array(Stuk),
    handler: ({ o, ctx, params }) => bezwaarStukkenVan(o, ctx, params.id),
  }),
  route({
    methode: 'GET',
    pad: '/bezwaarstukken/{id}',
    operationId: 'bezwaarStuk',
    samenvatting:
      'Eén stuk van een bezwaar downloaden, in zijn eigen type (PDF, JPEG of PNG); met formaat=json alleen de gegevens',
    tag: 'Bezwaar',
    toegang: ['bezwaar:indienen', 'zaak:lezen'],
    params: IdPad,
    query: z.strictObject({
      formaat: z.enum(['bestand', 'json'], { error: "moet 'bestand' of 'json' zijn" }).optional(),
    }),
    antwoord: Stuk,
    formaten: ['application/pdf', 'image/jpeg', 'image/png'],
    handler: async ({ o, ctx, params, query }) => {
      const { inhoud, ...gegevens } = await bezwaarStukDownloaden(o, ctx, params.id);
      if (query.formaat === 'json') return gegevens;
      return new Bestand(
        gegevens.inhoudstype,
        inhoud,
        `bezwaarstuk-${gegevens.id}.${EXTENSIE[gegevens.inhoudstype]}`,
      );
    },
  }),
  route({
    methode: 'GET',
    pad: '/bezwaarbrieven/{id}',
    operationId: 'bezwaarBrief',
    samenvatting: 'Eén brief over een bezwaar (ontvangst, verdaging, beslissing) als JSON, HTML of PDF',
    tag: 'Bezwaar',
    toegang: ['bezwaar:indienen', 'zaak:lezen'],
    params: IdPad,
    query: Formaat,
    antwoord: z.looseObject({ id: z.number().int(), bezwaarId: z.number().int(), soort: z.string() }),
    formaten: ['text/html', 'application/pdf'],
    handler: async ({ o, ctx, params, query, accept }) => {
      const f = formaatVan(query.formaat, accept);
      const w = await bezwaarBrief(o, ctx, params.id, f === 'json' ? 'data' : f);
      if (f === 'pdf') return new Bestand('application/pdf', w.pdf!, `bezwaarbrief-${params.id}.pdf`);
      if (f === 'html') return new Bestand('text/html; charset=utf-8', w.html!);
      return w.opgeslagen;
    },
  }),
];
