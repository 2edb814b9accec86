/**
 * @module
 * The dossier (staff) and reporting a change (citizen): preview first, then confirm.
 */
import { dossier, MeldWijzigingVerzoek, meldWijziging } from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { Beschikking, Bsn, Centen, Contact, Feit, Zaak } from '../schemas';

export const DOSSIER_ROUTES = [
  route({
    methode: 'POST',
    pad: '/dossiers/opvragen',
    operationId: 'dossier',
    samenvatting:
      'Het dossier van een huishouden: feiten met bron, beschikkingen, betalingen, zaken, contacten',
    tag: 'Dossiers',
    toegang: ['dossier:lezen'],
    body: z.strictObject({ bsn: Bsn }),
    antwoord: z.object({
      huishoudenId: z.number().int(),
      personen: z.array(z.object({ bsn: z.string(), rol: z.string(), geboortedatum: z.string() })),
      feiten: z.array(Feit),
      beschikkingen: z.array(Beschikking),
      betalingen: z.array(z.object({ regeling: z.string(), maand: z.number().int(), bedrag: Centen })),
      zaken: z.array(Zaak),
      contacten: z.array(Contact),
      partnerclaims: z.array(
        z.object({
          id: z.number().int(),
          partnerBsn: z.string(),
          vanaf: z.string(),
          geboortedatum: z.string(),
          jaar: z.number().int(),
          inkomen: Centen,
          status: z.enum(['te-controleren', 'bevestigd', 'afgewezen']),
          zaakId: z.number().int().optional(),
          geregistreerdOp: z.string(),
        }),
      ),
    }),
    handler: ({ o, ctx, body }) => dossier(o, ctx, body),
  }),
  route({
    methode: 'POST',
    pad: '/wijzigingen',
    operationId: 'meldWijziging',
    samenvatting:
      'Een wijziging doorgeven: eerst een voorbeeld (bevestig: false), dan bevestigen → nieuwe voorschotbeschikking',
    tag: 'Wijzigingen',
    toegang: ['eigen-huishouden:wijzigen'],
    body: MeldWijzigingVerzoek,
    antwoord: z.object({
      bevestigd: z.boolean(),
      huishoudenId: z.number().int(),
      jaar: z.number().int(),
      effecten: z.array(
        z.looseObject({
          regeling: z.string(),
          jaarbedragNu: Centen,
          jaarbedragNieuw: Centen,
          voorkomenTerugvordering: Centen,
          terugvorderingNaJaar: Centen,
          extra: Centen,
          nieuwSchema: z.array(Centen),
          maatwerk: z.object({ besluitId: z.number().int(), standaardNieuw: Centen }).optional(),
        }),
      ),
      nieuweBeschikkingen: z.array(z.number().int()),
      partnerclaim: z
        .object({ status: z.literal('te-controleren'), zaakId: z.number().int().optional() })
        .optional()
        .describe(
          'Een partner die volgens de basisregistratie (BRP) niet in dit huishouden woont: vastgelegd als opgave, gecontroleerd in een zaak (partner-verificatie); telt niet mee tot die controle',
        ),
      nieuweZaken: z.array(z.number().int()),
    }),
    handler: ({ o, ctx, body }) => meldWijziging(o, ctx, body),
  }),
];
