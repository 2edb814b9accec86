/**
 * @module
 * Life events (issue 16, C8): a team lead starts (or resumes) the run for a peildatum and gets its
 * figures — events per kind, messages, calls planned, answers; a citizen answers a life-event
 * message of their own household ("klopt", or "wijziging" with the change filled in).
 */
import {
  LEVENSGEBEURTENIS_SOORTEN,
  LevensgebeurtenisRunVerzoek,
  ReactieVerzoek,
  reageerOpLevensgebeurtenis,
  startLevensgebeurtenisRun,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { IdPad } from '../schemas';

const Rapport = z.object({
  runId: z.number().int(),
  peildatum: z.string(),
  nieuw: z.boolean(),
  klaar: z.boolean(),
  huishoudens: z.number().int(),
  perSoort: z.record(z.enum(LEVENSGEBEURTENIS_SOORTEN), z.number().int()),
  berichten: z.number().int(),
  belTaken: z.number().int(),
  reacties: z.object({ klopt: z.number().int(), wijziging: z.number().int() }),
});

export const LEVENSGEBEURTENIS_ROUTES = [
  route({
    methode: 'POST',
    pad: '/levensgebeurtenissen/runs',
    operationId: 'levensgebeurtenisRun',
    samenvatting:
      'De run levensgebeurtenissen voor een peildatum starten of hervatten (berichten vóór een verandering, belafspraken); geeft de cijfers',
    tag: 'Levensgebeurtenissen',
    toegang: ['levensgebeurtenissen:starten'],
    body: LevensgebeurtenisRunVerzoek,
    antwoord: Rapport,
    handler: ({ o, ctx, body }) => startLevensgebeurtenisRun(o, ctx, body),
  }),
  route({
    methode: 'POST',
    pad: '/berichten/{id}/reactie',
    operationId: 'reageerOpBericht',
    samenvatting:
      'Antwoord op een eigen bericht over een verandering: klopt, of wijziging (met de wijziging ingevuld); het eerste antwoord blijft',
    tag: 'Berichten',
    toegang: ['eigen-huishouden:wijzigen'],
    params: IdPad,
    body: ReactieVerzoek,
    antwoord: z.object({
      berichtId: z.number().int(),
      reactie: z.enum(['klopt', 'wijziging']),
      gereageerdOp: z.string(),
      wijziging: z.record(z.string(), z.unknown()).optional(),
    }),
    handler: ({ o, ctx, params, body }) => reageerOpLevensgebeurtenis(o, ctx, params.id, body.reactie),
  }),
];
