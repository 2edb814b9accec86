/**
 * @module
 * The policy analyst's simulations (uitvoeringstoets, issue 18): the shipped reforms, start a run
 * of one (or of an own YAML reform), follow it and read its result. Synthetic households only.
 */
import { hervormingen, SimulatieVerzoek, simulatie, startSimulatie } from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { IdPad } from '../schemas';

export const SimulatieStand = z.looseObject({
  id: z.number().int(),
  status: z.enum(['wacht', 'bezig', 'klaar', 'mislukt']),
  hervorming: z.object({ naam: z.string(), onderdelen: z.array(z.string()) }),
  scenarioId: z.number().int().optional().describe('Het opgeslagen scenario dat deze doorrekening rekent'),
  door: z.string(),
  gestart: z.string(),
  klaarOp: z.string().optional(),
  gedaan: z.number().int(),
  totaal: z.number().int(),
  melding: z.string().optional(),
  resultaat: z
    .looseObject({
      huishoudens: z.number().int(),
      ophoogfactor: z.number(),
      begroting: z.array(z.looseObject({ regeling: z.string(), verschil: z.number() })),
      ontvangers: z.array(
        z.looseObject({
          regeling: z.string(),
          gemiddeldNieuwPerMaand: z
            .number()
            .int()
            .describe(
              'Het gemiddelde bedrag van de nieuwe ontvangers onder de hervorming (eurocent per maand)',
            ),
        }),
      ),
      emmers: z.looseObject({}),
      waterval: z.array(z.looseObject({ naam: z.string(), totaal: z.number() })),
      werklast: z
        .looseObject({
          steekproef: z.number().int(),
          alleHuishoudens: z
            .boolean()
            .describe(
              'Waar als de werklast op alle gesimuleerde huishoudens is geteld, anders een steekproef',
            ),
          factor: z.number(),
          zaken: z.array(z.looseObject({ code: z.string(), opgehoogdExtraZaken: z.number().int() })),
          opgehoogd: z.looseObject({
            extraZaken: z.number().int(),
            extraZakenInterval95: z
              .array(z.number())
              .length(2)
              .describe(
                '95%-interval van de opgehoogde extra zaken [laag, hoog] (onzekerheid van de steekproef)',
              ),
            brieven: z.number().int(),
          }),
          terugvorderingen: z.looseObject({}),
        })
        .describe(
          'De werklast (uitvoeringstoets): zaken per uitvalreden op beide kanten, uren, brieven, bezwaren, gesprekken, terugvorderingen; de normen zijn aannames',
        ),
      marges: z
        .looseObject({
          steekproef: z.number().int(),
          regels: z.array(
            z.looseObject({
              regeling: z.string(),
              grens: z.enum([
                'inkomen',
                'vermogen',
                'kwaliteitskortingsgrens',
                'aftoppingsgrens',
                'maximale-huurgrens',
              ]),
              basis: z.number().int(),
              hervorming: z.number().int(),
              kruist: z.number().int(),
            }),
          ),
        })
        .describe(
          'Grensgevallen per toeslag en grens: huishoudens dicht bij de grens onder basis en hervorming en hoeveel de hervorming over de grens brengt (geteld, opgehoogd, 95%-interval)',
        ),
    })
    .optional()
    .describe(
      'Het resultaat zodra de status klaar is (bedragen in eurocent per jaar over de gesimuleerde huishoudens)',
    ),
});

export const SIMULATIE_ROUTES = [
  route({
    methode: 'GET',
    pad: '/simulaties/hervormingen',
    operationId: 'hervormingen',
    samenvatting: 'De meegeleverde hervormingen die een beleidsmedewerker kan doorrekenen',
    tag: 'Simulaties',
    toegang: ['simulatie:uitvoeren'],
    antwoord: z.array(
      z.looseObject({
        naam: z.string(),
        titel: z.string(),
        jaar: z.number().int(),
        onderdelen: z.array(z.string()),
      }),
    ),
    handler: ({ o, ctx }) => hervormingen(o, ctx),
  }),
  route({
    methode: 'POST',
    pad: '/simulaties',
    operationId: 'startSimulatie',
    samenvatting: 'Start een doorrekening van een hervorming op de synthetische populatie (uitvoeringstoets)',
    tag: 'Simulaties',
    toegang: ['simulatie:uitvoeren'],
    body: SimulatieVerzoek,
    status: 201,
    antwoord: SimulatieStand,
    handler: ({ o, ctx, body }) => startSimulatie(o, ctx, body),
  }),
  route({
    methode: 'GET',
    pad: '/simulaties/{id}',
    operationId: 'simulatie',
    samenvatting: 'De stand van een doorrekening en, als die klaar is, het resultaat',
    tag: 'Simulaties',
    toegang: ['simulatie:uitvoeren'],
    params: IdPad,
    antwoord: SimulatieStand,
    handler: ({ o, ctx, params }) => simulatie(o, ctx, params.id),
  }),
];
