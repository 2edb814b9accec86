/**
 * @module
 * Recovery (issue 15): what a household must pay back after the definitive calculation — each
 * recovery with its balance and ledger entries, the back-payments paid — and a citizen's simulated
 * payment on their own recovery. The services check the rights and write the processing log.
 */
import {
  BetaalTerugVerzoek,
  betaalTerug,
  RegelingAangaanVerzoek,
  RegelingVoorbeeldVerzoek,
  regelingAanvragen,
  regelingVoorbeeld,
  terugbetalenVan,
} from '@regelmaat/diensten';
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

const Termijn = z.object({ maand: z.string().describe('JJJJ-MM'), bedrag: Centen });

const Voorstel = z.object({
  soort: z.enum(['standaard', 'persoonlijk']),
  maandbedrag: Centen,
  termijnen: z.array(Termijn),
  rest: Centen.describe('wat na de laatste termijn nog openstaat (persoonlijke regeling)'),
});

const DraagkrachtAntwoord = z.object({
  leefsituatie: z.enum(['alleen', 'samen']),
  inkomen: Centen,
  woonlasten: Centen,
  zorgkosten: Centen,
  overigeLasten: Centen,
});

const Regeling = z.object({
  id: z.number().int(),
  vorderingId: z.number().int(),
  soort: z.enum(['standaard', 'persoonlijk']),
  schuld: Centen,
  maandbedrag: Centen,
  termijnen: z.number().int(),
  eersteTermijn: Datum,
  rest: Centen,
  draagkracht: DraagkrachtAntwoord.nullable(),
  aangegaanOp: z.string(),
  aangegaanDoor: z.string(),
  betaaldSinds: Centen,
  vervallenOp: z
    .string()
    .nullable()
    .describe('wanneer de regeling verviel (hele saldo opeisbaar); null zolang ze loopt'),
});

const Verval = z.object({
  id: z.number().int(),
  regelingId: z.number().int(),
  vorderingId: z.number().int(),
  maand: z.string(),
  vervallenOp: z.string(),
  brief: z.object({
    regeling: z.string(),
    jaar: z.number().int(),
    verschuldigd: Centen.describe('wat volgens de herinnering sinds het aangaan betaald moest zijn'),
    gemist: Centen.describe('wat daarvan ontbrak toen de regeling verviel'),
    herinneringTermijn: Datum,
    saldo: Centen.describe('het hele saldo dat daarmee opeisbaar werd'),
    betalenUiterlijk: Datum,
  }),
});

const Stand = z.object({
  termijnenVerstreken: z.number().int(),
  verschuldigd: Centen,
  achterstand: Centen,
  klaar: z.boolean(),
  laatsteMaand: z.string().optional(),
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
  betalingsregeling: Regeling.extend({ stand: Stand }).nullable(),
  verval: Verval.nullable(),
  standaard: Voorstel.nullable(),
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
      voorgenomen: Centen.describe(
        'voorgenomen terugvordering waarover eerst de zienswijze wordt gevraagd (Awir art. 26b)',
      ),
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
  route({
    methode: 'POST',
    pad: '/terugvorderingen/{id}/regeling/voorbeeld',
    operationId: 'regelingVoorbeeld',
    samenvatting:
      'Voorbeeld van een persoonlijke betalingsregeling: betalingscapaciteit uit inkomen en vaste lasten, maandbedrag, termijnen en wat overblijft (schrijft niets)',
    tag: 'Terugbetalen',
    toegang: ['eigen-huishouden:lezen', 'contact:vastleggen'],
    params: IdPad,
    body: RegelingVoorbeeldVerzoek,
    antwoord: z.object({
      capaciteit: Centen,
      kostenVanBestaan: Centen,
      beslagvrijeVoet: Centen,
      voorstel: Voorstel,
    }),
    handler: ({ o, ctx, params, body }) => regelingVoorbeeld(o, ctx, params.id, body),
  }),
  route({
    methode: 'POST',
    pad: '/terugvorderingen/{id}/regeling',
    operationId: 'regelingAanvragen',
    samenvatting:
      'Een betalingsregeling aangaan: de standaardregeling (24 maanden, minimaal € 20) of een persoonlijke regeling naar betalingscapaciteit',
    tag: 'Terugbetalen',
    toegang: ['eigen-huishouden:wijzigen', 'contact:vastleggen'],
    params: IdPad,
    body: RegelingAangaanVerzoek,
    antwoord: Regeling,
    handler: ({ o, ctx, params, body }) => regelingAanvragen(o, ctx, params.id, body),
  }),
];
