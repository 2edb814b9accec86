/**
 * @module
 * Computing and explaining: an ad-hoc situation (public, no personal data), a household by BSN,
 * a citizen's overview, decisions with their explanation, and reproduction.
 */
import {
  berekenAdhoc,
  berekenVoorBsn,
  beschikkingMetUitleg,
  mijnBetalingen,
  overzicht,
  reproduceerBeschikking,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import {
  Berekening,
  Beschikking,
  Centen,
  EigenOfBsnVraag,
  IdPad,
  ToeslagResultaat,
  Wetsversie,
} from '../schemas';

export const BEREKENING_ROUTES = [
  route({
    methode: 'POST',
    pad: '/berekeningen',
    operationId: 'berekenSituatie',
    samenvatting: 'Bereken en verklaar de toeslagen van een zelf opgegeven huishouden (proefberekening)',
    tag: 'Berekeningen',
    toegang: 'publiek',
    body: z
      .unknown()
      .describe(
        'Een huishouden: zie het JSON Schema huishouden.schema.json. Bedragen in euro (het invoerformaat, uitzondering op de eurocent van de API); de uitkomsten in eurocent',
      ),
    antwoord: Berekening,
    handler: ({ o, body }) => berekenAdhoc(o, body),
  }),
  route({
    methode: 'POST',
    pad: '/berekeningen/huishouden',
    operationId: 'berekenHuishouden',
    samenvatting: 'Bereken en verklaar de toeslagen van een huishouden uit het dossier (zoals nu bekend)',
    tag: 'Berekeningen',
    toegang: ['eigen-huishouden:lezen', 'dossier:lezen'],
    body: EigenOfBsnVraag,
    antwoord: z.object({
      huishoudenId: z.number().int(),
      jaar: z.number().int(),
      bekendOp: z.string(),
      ontbrekend: z.array(z.string()),
      berekening: Berekening,
    }),
    handler: ({ o, ctx, body }) => berekenVoorBsn(o, ctx, body),
  }),
  route({
    methode: 'POST',
    pad: '/overzichten',
    operationId: 'overzicht',
    samenvatting: 'Overzicht per toeslag: bedrag deze maand, betaald dit jaar, volgende betaling',
    tag: 'Berekeningen',
    toegang: ['eigen-huishouden:lezen', 'dossier:lezen'],
    body: EigenOfBsnVraag,
    antwoord: z.object({
      huishoudenId: z.number().int(),
      jaar: z.number().int(),
      vandaag: z.string(),
      toeslagen: z.array(
        z.looseObject({
          regeling: z.string(),
          naam: z.string(),
          jaarbedrag: Centen,
          dezeMaand: Centen,
          betaaldDitJaar: Centen,
        }),
      ),
    }),
    handler: ({ o, ctx, body }) => overzicht(o, ctx, body),
  }),
  route({
    methode: 'POST',
    pad: '/betalingen',
    operationId: 'betalingen',
    samenvatting:
      'Betalingen van een jaar: betaalde en geplande voorschotten (betaalkalender van de geldende beschikkingen) en nabetalingen, met datum',
    tag: 'Berekeningen',
    toegang: ['eigen-huishouden:lezen', 'dossier:lezen'],
    body: EigenOfBsnVraag,
    antwoord: z.object({
      huishoudenId: z.number().int(),
      jaar: z.number().int(),
      vandaag: z.string(),
      betalingen: z.array(
        z.object({
          soort: z.enum(['voorschot', 'nabetaling']),
          status: z.enum(['betaald', 'gepland']),
          regeling: z.string(),
          naam: z.string(),
          maand: z.number().int().min(1).max(12).optional(),
          datum: z
            .string()
            .describe('JJJJ-MM-DD; bij een voorschot de dag waar rond betaald wordt (rond: true)'),
          rond: z.boolean(),
          bedrag: Centen,
        }),
      ),
      verrekeningen: z
        .array(
          z.object({
            datum: z.string().describe('JJJJ-MM-DD, de dag van de boeking'),
            maand: z.number().int().min(1).max(12).describe('de maand van de toeslag waarop is ingehouden'),
            vordering: z.object({
              id: z.number().int(),
              regeling: z.string(),
              naam: z.string(),
              jaar: z.number().int(),
            }),
            bedrag: Centen,
          }),
        )
        .describe('Toeslag die niet is uitbetaald maar verrekend met een terugvordering (Awir art. 30)'),
      betaald: Centen,
      gepland: Centen,
      verrekend: Centen,
    }),
    handler: ({ o, ctx, body }) => mijnBetalingen(o, ctx, body),
  }),
  route({
    methode: 'GET',
    pad: '/beschikkingen/{id}',
    operationId: 'beschikking',
    samenvatting:
      'Een beschikking met de uitleg van de berekening zoals toen bekend, met de eigen versie van de regels',
    tag: 'Beschikkingen',
    toegang: ['eigen-huishouden:lezen', 'beschikking:lezen'],
    params: IdPad,
    antwoord: z.object({
      beschikking: Beschikking,
      berekening: ToeslagResultaat.optional().describe(
        'De berekening met het dossier zoals toen bekend en de eigen parameterset; ontbreekt als die niet is bewaard',
      ),
      wetsversie: Wetsversie,
      invoerGelijk: z
        .boolean()
        .describe('Of het dossier zoals toen bekend nog dezelfde invoer geeft (de opgeslagen invoer-hash)'),
      ontbrekend: z.array(z.string()),
    }),
    handler: ({ o, ctx, params }) => beschikkingMetUitleg(o, ctx, params.id),
  }),
  route({
    methode: 'POST',
    pad: '/beschikkingen/{id}/reproductie',
    operationId: 'reproduceerBeschikking',
    samenvatting: 'Reken een beschikking opnieuw uit met het dossier zoals toen bekend en vergelijk',
    tag: 'Beschikkingen',
    toegang: ['beschikking:reproduceren'],
    params: IdPad,
    antwoord: z.looseObject({
      beschikkingId: z.number().int(),
      parameterset: z
        .enum(['bewaard', 'niet-bewaard', 'onleesbaar'])
        .describe('Of de eigen parameterset van de beschikking is gebruikt (bewaard) of de geldende'),
      gelijk: z.boolean(),
      verschillen: z.array(z.string()),
    }),
    handler: ({ o, ctx, params }) => reproduceerBeschikking(o, ctx, params.id),
  }),
];
