/**
 * @module
 * Accountability (issue 19): the fairness report of the selection rules per run (JSON, or CSV with
 * `Accept: text/csv`) and as a trend, for the team lead, the policy analyst and the auditor; and
 * the auditor's search of the processing log with the trace of a record. The person searched for
 * travels in the body (POST), never in a URL.
 */
import {
  eerlijkheidCsvVanRun,
  eerlijkheidTrendVan,
  eerlijkheidVanRun,
  IdPad,
  LogboekZoekVerzoek,
  runsVoorEerlijkheid,
  spoorInLogboek,
  zoekInLogboek,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { Bestand, route } from '../route';

const Run = z.object({
  id: z.number().int(),
  soort: z.string(),
  jaar: z.number().int(),
  bekendOp: z.string(),
  klaar: z.boolean(),
});
const Vlag = z.union([
  z.object({
    soort: z.literal('afwijkend-aandeel'),
    dimensie: z.string(),
    groep: z.string(),
    verhouding: z.number().int().describe('ppm: 1.000.000 is gelijk aan de hele run'),
    richting: z.enum(['vaker', 'minder']),
  }),
  z.object({
    soort: z.literal('selectie-zonder-doel'),
    beoordeeld: z.number().int(),
    gewijzigd: z.number().int(),
    aandeel: z.number().int(),
  }),
]);
const Groep = z.object({
  dimensie: z.string(),
  groep: z.string(),
  huishoudens: z.number().int(),
  geselecteerd: z.number().int(),
  aandeel: z.number().int().describe('ppm'),
  verhouding: z.number().int().nullable().describe('ppm van het aandeel in de hele run'),
  beoordeelbaar: z.boolean(),
  beoordeeld: z.number().int(),
  gewijzigd: z.number().int(),
});
const Rapport = z.object({
  huishoudens: z.number().int(),
  regels: z.array(
    z.object({
      code: z.string(),
      geselecteerd: z.number().int(),
      aandeel: z.number().int(),
      beoordeeld: z.number().int(),
      gewijzigd: z.number().int(),
      groepen: z.array(Groep),
      vlaggen: z.array(Vlag),
    }),
  ),
  grenzen: z.object({
    ondergrens: z.number().int(),
    bovengrens: z.number().int(),
    minimaleGroep: z.number().int(),
    minimaleSelecties: z.number().int(),
    minimaalDoelAandeel: z.number().int(),
    minimaalBeoordeeld: z.number().int(),
  }),
});
const GezochteVerwerking = z.looseObject({
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().nullable(),
  naam: z.string(),
  start: z.string(),
  eind: z.string(),
  status: z.number().int(),
  activiteit: z.object({ id: z.string(), naam: z.string() }),
  betrokkene: z.string().describe('pseudoniem van de betrokkene'),
  actor: z.object({ id: z.string(), rol: z.string() }).optional(),
  runId: z.number().int(),
});

export const VERANTWOORDING_ROUTES = [
  route({
    methode: 'GET',
    pad: '/eerlijkheid/runs',
    operationId: 'eerlijkheidRuns',
    samenvatting: 'De runs die selecteren (voorschot en definitief), nieuwste eerst',
    tag: 'Verantwoording',
    toegang: ['rapportage:lezen'],
    antwoord: z.object({ runs: z.array(Run) }),
    handler: async ({ o, ctx }) => ({ runs: await runsVoorEerlijkheid(o, ctx) }),
  }),
  route({
    methode: 'GET',
    pad: '/eerlijkheid/runs/{id}',
    operationId: 'eerlijkheidVanRun',
    samenvatting:
      'Eerlijkheid van elke selectieregel in een run: aandeel per groep, verhouding tot de hele run, uitkomst na beoordeling en vlaggen (JSON, of CSV met Accept: text/csv)',
    tag: 'Verantwoording',
    toegang: ['rapportage:lezen'],
    params: IdPad,
    antwoord: z.object({ run: Run, rapport: Rapport }),
    formaten: ['text/csv'],
    handler: async ({ o, ctx, params, accept }) =>
      accept?.includes('text/csv')
        ? new Bestand(
            'text/csv; charset=utf-8',
            await eerlijkheidCsvVanRun(o, ctx, params.id),
            `eerlijkheid-run-${params.id}.csv`,
          )
        : eerlijkheidVanRun(o, ctx, params.id),
  }),
  route({
    methode: 'GET',
    pad: '/eerlijkheid/trend',
    operationId: 'eerlijkheidTrend',
    samenvatting: 'Het verloop van elke selectieregel over de laatste runs (oudste eerst)',
    tag: 'Verantwoording',
    toegang: ['rapportage:lezen'],
    query: z.strictObject({
      aantal: z.coerce
        .number()
        .int('moet een geheel getal zijn')
        .min(1, 'is te klein')
        .max(50, 'is te groot')
        .optional(),
    }),
    antwoord: z.object({
      runs: z.array(Run),
      trend: z.array(
        z.object({
          code: z.string(),
          punten: z.array(
            z.object({
              runId: z.number().int(),
              soort: z.string(),
              jaar: z.number().int(),
              huishoudens: z.number().int(),
              geselecteerd: z.number().int(),
              aandeel: z.number().int(),
              beoordeeld: z.number().int(),
              gewijzigd: z.number().int(),
              vlaggen: z.number().int(),
            }),
          ),
        }),
      ),
    }),
    handler: ({ o, ctx, query }) => eerlijkheidTrendVan(o, ctx, query.aantal ?? 10),
  }),
  route({
    methode: 'POST',
    pad: '/verwerkingen/zoeken',
    operationId: 'verwerkingenZoeken',
    samenvatting:
      'Het verwerkingenlogboek doorzoeken op persoon (BSN of pseudoniem), activiteit, medewerker en periode, per pagina (auditor)',
    tag: 'Verwerkingen',
    toegang: ['verwerkingen:lezen'],
    body: LogboekZoekVerzoek,
    antwoord: z.object({
      regels: z.array(GezochteVerwerking),
      pagina: z.number().int(),
      perPagina: z.number().int(),
      meer: z.boolean(),
    }),
    handler: ({ o, ctx, body }) => zoekInLogboek(o, ctx, body),
  }),
  route({
    methode: 'GET',
    pad: '/verwerkingen/sporen/{traceId}',
    operationId: 'verwerkingSpoor',
    samenvatting:
      'Alle verwerkingen van één trace: wat er in hetzelfde verzoek of dezelfde runstap gebeurde (auditor)',
    tag: 'Verwerkingen',
    toegang: ['verwerkingen:lezen'],
    params: z.object({ traceId: z.string().regex(/^[0-9a-f]{32}$/, 'moet 32 tekens 0-9 en a-f zijn') }),
    antwoord: z.object({ regels: z.array(GezochteVerwerking) }),
    handler: async ({ o, ctx, params }) => ({ regels: await spoorInLogboek(o, ctx, params.traceId) }),
  }),
];
