/**
 * @module
 * Recovery (issue 15): what a household must pay back after the definitive calculation — each
 * recovery with its balance and ledger entries, the back-payments paid — and a citizen's simulated
 * payment on their own recovery. The services check the rights and write the processing log.
 */
import { BetaalTerugVerzoek, betaalTerug, terugbetalenVan } from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { Bsn, Centen, Datum, IdPad } from '../schemas';

const Boeking = z.object({
  id: z.number().int(),
  vorderingId: z.number().int(),
  soort: z.enum(['vordering', 'betaling', 'verrekening', 'vermindering', 'rente']),
  bedrag: Centen,
  datum: Datum,
  geboektOp: z.string(),
  omschrijving: z.string().nullable(),
});

const Vordering = z.object({
  id: z.number().int(),
  beschikkingId: z.number().int(),
  huishoudenId: z.number().int(),
  regeling: z.string(),
  naam: z.string(),
  jaar: z.number().int(),
  bedrag: Centen,
  dagtekening: Datum,
  betalenUiterlijk: Datum,
  ontstaanOp: z.string(),
  saldo: Centen,
  boekingen: z.array(Boeking),
});

const Nabetaling = z.object({
  beschikkingId: z.number().int(),
  regeling: z.string(),
  naam: z.string(),
  jaar: z.number().int(),
  bedrag: Centen,
  betaaldOp: Datum,
});

export const TERUGBETALEN_ROUTES = [
  route({
    methode: 'POST',
    pad: '/terugbetalen',
    operationId: 'terugbetalen',
    samenvatting:
      'Wat een huishouden moet terugbetalen na de definitieve berekening: terugvorderingen met saldo en boekingen, en de betaalde nabetalingen',
    tag: 'Terugbetalen',
    toegang: ['eigen-huishouden:lezen', 'beschikking:lezen'],
    body: z.strictObject({ bsn: Bsn.optional() }),
    antwoord: z.object({
      huishoudenId: z.number().int(),
      vorderingen: z.array(Vordering),
      nabetalingen: z.array(Nabetaling),
      open: Centen,
      vandaag: Datum,
    }),
    handler: ({ o, ctx, body }) => terugbetalenVan(o, ctx, body),
  }),
  route({
    methode: 'POST',
    pad: '/terugvorderingen/{id}/betalingen',
    operationId: 'betaalTerug',
    samenvatting: 'Betaal (een deel van) uw eigen terugvordering — een simulatie, zonder bank',
    tag: 'Terugbetalen',
    toegang: ['eigen-huishouden:wijzigen'],
    params: IdPad,
    body: BetaalTerugVerzoek,
    antwoord: z.object({ saldo: Centen }),
    handler: ({ o, ctx, params, body }) =>
      betaalTerug(o, ctx, { vorderingId: params.id, bedrag: body.bedrag }),
  }),
];
