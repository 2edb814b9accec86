/**
 * @module
 * Partner feeds of housing corporations (rent changes, one at a time and as a batch) and health
 * insurers (start and end of insurance), issue 16. The partner is the authenticated client.
 */
import {
  HuurBatchVerzoek,
  HuurMeldingVerzoek,
  meldHuurBatch,
  meldHuurwijziging,
  meldZorgverzekering,
  VerzekeringMeldingVerzoek,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';

const UITKOMSTEN = [
  'verwerkt',
  'al-bekend',
  'verouderd',
  'afwijking',
  'herberekend',
  'geen-aanvraag',
  'in-behandeling',
] as const;

const Antwoord = z.object({
  verwerkt: z.boolean(),
  melding: z.string(),
  uitkomst: z.enum(UITKOMSTEN),
  meldingId: z.string(),
  herhaald: z.boolean(),
  beschikkingen: z.array(z.number().int()),
  zaakId: z.number().int().optional(),
});

const HERHALING =
  'Een melding met een meldingId dat al ontvangen is verandert niets (zelfde inhoud: hetzelfde antwoord met ' +
  'herhaald = true; andere inhoud: 409, code melding-id-hergebruikt). Een melding die vóór de nieuwste verwerkte ' +
  'melding voor dezelfde huurder of verzekerde is opgesteld verandert niets (uitkomst verouderd).';

export const PARTNER_WIJZIGING_ROUTES = [
  route({
    methode: 'POST',
    pad: '/partner/huurwijzigingen',
    operationId: 'meldHuurwijziging',
    samenvatting:
      'Een woningcorporatie meldt een nieuwe huur vanaf een ingangsdatum — alleen voor een huishouden dat bij haar ' +
      'huurt. Verandert de huurtoeslag, dan wordt het voorschot opnieuw berekend (nieuwe beschikking, brief en ' +
      'bericht; uitkomst herberekend). Dezelfde huur als bekend verandert niets (al-bekend). Een huur die ' +
      'afwijkt van wat de huurder zelf voor die datum opgaf, of later opgaf dan de melding is opgesteld, of ' +
      'een huurder die geen huur opgaf, opent een zaak met beide waarden (afwijking). ' +
      HERHALING,
    tag: 'Partners',
    toegang: ['feit:melden'],
    body: HuurMeldingVerzoek,
    antwoord: Antwoord,
    handler: ({ o, ctx, body }) => meldHuurwijziging(o, ctx, body),
  }),
  route({
    methode: 'POST',
    pad: '/partner/huurwijzigingen/batch',
    operationId: 'meldHuurwijzigingenBatch',
    samenvatting:
      'Een woningcorporatie meldt veel huurwijzigingen in één verzoek (hoogstens 1.000; de jaarlijkse ' +
      'huurverhoging per 1 juli), elke rij zoals bij POST /partner/huurwijzigingen en in een eigen transactie. ' +
      'Het antwoord heeft per rij een uitkomst, in dezelfde volgorde: status 200 met de uitkomst, of de status ' +
      'en code van de fout van die rij. Een foute rij houdt de andere rijen niet tegen.',
    tag: 'Partners',
    toegang: ['feit:melden'],
    body: HuurBatchVerzoek,
    antwoord: z.object({
      aantal: z.number().int(),
      telling: z.record(z.string(), z.number().int()),
      beschikkingen: z.number().int(),
      rijen: z.array(z.looseObject({ rij: z.number().int(), status: z.number().int() })),
    }),
    handler: ({ o, ctx, body }) => meldHuurBatch(o, ctx, body),
  }),
  route({
    methode: 'POST',
    pad: '/partner/zorgverzekeringen',
    operationId: 'meldZorgverzekering',
    samenvatting:
      'Een zorgverzekeraar meldt het begin of einde van de verzekering van een eigen verzekerde. Voor wie ' +
      'geen zorgtoeslag aanvroeg verandert er niets (geen-aanvraag). Wat al bekend is verandert niets (al-bekend). ' +
      'Voor de aanvrager of toeslagpartner opent een begin of einde een zaak: een medewerker past de zorgtoeslag ' +
      'aan vanaf de maand waarin de wijziging telt (in-behandeling), en het huishouden krijgt een bericht. ' +
      HERHALING,
    tag: 'Partners',
    toegang: ['feit:melden'],
    body: VerzekeringMeldingVerzoek,
    antwoord: Antwoord,
    handler: ({ o, ctx, body }) => meldZorgverzekering(o, ctx, body),
  }),
];
