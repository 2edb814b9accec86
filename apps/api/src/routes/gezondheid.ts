/**
 * @module
 * Health: liveness and readiness (public; no personal data). Readiness is 503 problem+json while
 * the database is unreachable, and 200 again as soon as it answers.
 */
import { gereed, levend } from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';

export const GEZONDHEID_ROUTES = [
  route({
    methode: 'GET',
    pad: '/health/live',
    operationId: 'levend',
    samenvatting: 'Liveness: het proces draait en beantwoordt verzoeken (zonder de database te raadplegen)',
    tag: 'Gezondheid',
    toegang: 'publiek',
    antwoord: z.object({ status: z.literal('levend') }),
    handler: () => levend(),
  }),
  route({
    methode: 'GET',
    pad: '/health/ready',
    operationId: 'gereed',
    samenvatting: 'Readiness: de database antwoordt (binnen 2 s); 503 zolang de database niet bereikbaar is',
    tag: 'Gezondheid',
    toegang: 'publiek',
    antwoord: z.object({ status: z.literal('gereed'), database: z.literal('bereikbaar') }),
    handler: ({ o }) => gereed(o),
  }),
];
