/**
 * @module
 * Signals to policy (C7, issue 17): the reader's own signals and inboxes, one signal with its
 * example cases (pseudonymised for readers who may not open cases), the counts and changes per
 * theme, and the steps: a team lead's triage, the raiser's added information, the policy owner's
 * answer. Raising one is `POST /signalen` (with the maatwerk routes).
 */
import {
  AanvullingVerzoek,
  beantwoordSignaal,
  SignaalAntwoordVerzoek,
  signaalDetail,
  signaalThemaOverzicht,
  signalenOverzicht,
  TriageVerzoek,
  triageerSignaal,
  vulSignaalAanDienst,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { IdPad } from '../schemas';

export const SIGNAAL_ROUTES = [
  route({
    methode: 'GET',
    pad: '/signalen',
    operationId: 'signalen',
    samenvatting: 'Mijn signalen met status en antwoord, en de signalen die op mij wachten',
    tag: 'Signalen',
    toegang: ['signaal:lezen'],
    antwoord: z.unknown(),
    handler: ({ o, ctx }) => signalenOverzicht(o, ctx),
  }),
  route({
    methode: 'GET',
    pad: '/signalen/themas',
    operationId: 'signaalThemas',
    samenvatting: 'Aantallen, voorbeeldzaken en wijzigingen per thema',
    tag: 'Signalen',
    toegang: ['signaal:lezen'],
    antwoord: z.unknown(),
    handler: ({ o, ctx }) => signaalThemaOverzicht(o, ctx),
  }),
  route({
    methode: 'GET',
    pad: '/signalen/{id}',
    operationId: 'signaal',
    samenvatting: 'Eén signaal met zijn voorbeeldzaken, beoordeling en antwoord',
    tag: 'Signalen',
    toegang: ['signaal:lezen'],
    params: IdPad,
    antwoord: z.unknown(),
    handler: ({ o, ctx, params }) => signaalDetail(o, ctx, params.id),
  }),
  route({
    methode: 'POST',
    pad: '/signalen/{id}/beoordeling',
    operationId: 'triageerSignaal',
    samenvatting: 'Een nieuw signaal van het eigen team beoordelen: doorzetten, meer informatie of dubbel',
    tag: 'Signalen',
    toegang: ['signaal:triageren'],
    params: IdPad,
    body: TriageVerzoek,
    antwoord: z.unknown(),
    handler: ({ o, ctx, params, body }) => triageerSignaal(o, ctx, params.id, body),
  }),
  route({
    methode: 'POST',
    pad: '/signalen/{id}/aanvulling',
    operationId: 'vulSignaalAan',
    samenvatting: 'Informatie toevoegen aan een eigen signaal waarom gevraagd is',
    tag: 'Signalen',
    toegang: ['signaal:maken'],
    params: IdPad,
    body: AanvullingVerzoek,
    antwoord: z.unknown(),
    handler: ({ o, ctx, params, body }) => vulSignaalAanDienst(o, ctx, params.id, body),
  }),
  route({
    methode: 'POST',
    pad: '/signalen/{id}/antwoord',
    operationId: 'beantwoordSignaal',
    samenvatting: 'Een doorgezet signaal beantwoorden: niets, een werkinstructie of een wijzigingsvoorstel',
    tag: 'Signalen',
    toegang: ['signaal:beantwoorden'],
    params: IdPad,
    body: SignaalAntwoordVerzoek,
    antwoord: z.unknown(),
    handler: ({ o, ctx, params, body }) => beantwoordSignaal(o, ctx, params.id, body),
  }),
];
