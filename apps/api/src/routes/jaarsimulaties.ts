/**
 * @module
 * The policy analyst's year simulations (issue 20): start a year of synthetic households through
 * the product's real processes (each variant on a throw-away database of its own), follow it month
 * by month, read the result. Synthetic households only: no person, no processing log.
 */
import {
  JaarsimulatieVerzoek,
  jaarsimulatie,
  jaarsimulatieLijst,
  startJaarsimulatie,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { IdPad } from '../schemas';

const Telling = z.looseObject({ aantal: z.number().int(), som: z.number().int() });
const Spreiding = z.looseObject({
  aantal: z.number().int(),
  gemiddelde: z.number(),
  mediaan: z.number(),
  p90: z.number(),
});

const JaarsimulatieKop = z.looseObject({
  id: z.number().int(),
  status: z.enum(['bezig', 'klaar', 'mislukt']),
  huishoudens: z.number().int(),
  varianten: z.array(z.string()),
  seed: z.number().int(),
  door: z.string(),
  gestart: z.string(),
  klaarOp: z.string().optional(),
  variant: z.string().optional().describe('De variant die nu gesimuleerd wordt'),
  maandenGedaan: z.number().int().describe('Gesimuleerde maanden klaar, over alle varianten'),
  maandenTotaal: z.number().int(),
  melding: z.string().optional(),
});

export const JaarsimulatieStand = JaarsimulatieKop.extend({
  resultaat: z
    .looseObject({
      jaar: z.number().int(),
      seed: z.number().int(),
      huishoudens: z.number().int(),
      database: z.enum(['PGlite', 'PostgreSQL']),
      varianten: z.array(
        z.looseObject({
          variant: z.string(),
          huishoudens: z.number().int(),
          terugvorderingen: z.looseObject({ alle: Telling, vanaf1000: Telling, vanaf1500: Telling }),
          nabetalingen: Telling,
          onderbetaling: Telling,
          tijdTotHulp: z.looseObject({ totZaak: Spreiding, totContact: Spreiding, totBesluit: Spreiding }),
          perZaaksoort: z.array(
            z.looseObject({
              soort: z.string(),
              geopend: z.number().int(),
              afgerond: z.number().int(),
              doorlooptijd: Spreiding,
            }),
          ),
          contacten: z.looseObject({
            berichten: z.number().int(),
            gesprekken: z.number().int(),
            brieven: z.number().int(),
            perHuishouden: z.looseObject({
              berichten: z.number(),
              gesprekken: z.number(),
              brieven: z.number(),
            }),
          }),
          eta: z
            .looseObject({
              gemeten: z.number().int(),
              binnen20Procent: z.number().int(),
              aandeel: z.number(),
            })
            .describe('Hoe vaak de verwachte afronding klopte binnen ± 20 %'),
        }),
      ),
      doel: z.array(z.looseObject({ variant: z.string(), gehaald: z.boolean(), regel: z.string() })),
    })
    .optional()
    .describe(
      'Het resultaat zodra de status klaar is (bedragen in eurocent, tijden in dagen); zie docs/jaarsimulatie.md',
    ),
});

export const JAARSIMULATIE_ROUTES = [
  route({
    methode: 'GET',
    pad: '/jaarsimulaties',
    operationId: 'jaarsimulaties',
    samenvatting: 'De jaarsimulaties die deze server bewaart, nieuwste eerst (zonder resultaat)',
    tag: 'Simulaties',
    toegang: ['simulatie:uitvoeren'],
    antwoord: z.array(JaarsimulatieKop),
    handler: ({ o, ctx }) => jaarsimulatieLijst(o, ctx),
  }),
  route({
    methode: 'POST',
    pad: '/jaarsimulaties',
    operationId: 'startJaarsimulatie',
    samenvatting:
      'Start een jaarsimulatie: synthetische huishoudens maand voor maand door 2026, per variant op een eigen database',
    tag: 'Simulaties',
    toegang: ['simulatie:uitvoeren'],
    body: JaarsimulatieVerzoek,
    status: 201,
    antwoord: JaarsimulatieStand,
    handler: ({ o, ctx, body }) => startJaarsimulatie(o, ctx, body),
  }),
  route({
    methode: 'GET',
    pad: '/jaarsimulaties/{id}',
    operationId: 'jaarsimulatie',
    samenvatting: 'De stand van een jaarsimulatie (maanden klaar) en, als die klaar is, het resultaat',
    tag: 'Simulaties',
    toegang: ['simulatie:uitvoeren'],
    params: IdPad,
    antwoord: JaarsimulatieStand,
    handler: ({ o, ctx, params }) => jaarsimulatie(o, ctx, params.id),
  }),
];
