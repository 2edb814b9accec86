/**
 * @module
 * Contacts (a logged phone call and its outcome; a citizen's call-back request), the processing log
 * (auditor: any BSN, with who; citizen: their own, without staff names) and partner feeds.
 */
import {
  ContactVerzoek,
  contactenVan,
  legContactVastVoor,
  meldOpvangBatch,
  meldOpvanguren,
  mijnVerwerkingen,
  OpvangBatchVerzoek,
  OpvangMeldingVerzoek,
  TerugbelVerzoek,
  verwerkingenVoorAuditor,
  vraagTerugbellen,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { Bsn, Contact, Zaak } from '../schemas';

const Verwerking = z.looseObject({
  traceId: z.string(),
  naam: z.string(),
  start: z.string(),
  eind: z.string(),
  activiteit: z.looseObject({ id: z.string(), naam: z.string(), doel: z.string() }),
  actor: z.object({ id: z.string(), rol: z.string() }).optional(),
});

export const CONTACT_ROUTES = [
  route({
    methode: 'POST',
    pad: '/contacten',
    operationId: 'legContactVast',
    samenvatting: 'Een contact (bijvoorbeeld een telefoongesprek) met de uitkomst vastleggen',
    tag: 'Contacten',
    toegang: ['contact:vastleggen'],
    body: ContactVerzoek,
    antwoord: Contact,
    status: 201,
    handler: ({ o, ctx, body }) => legContactVastVoor(o, ctx, body),
  }),
  route({
    methode: 'POST',
    pad: '/contacten/opvragen',
    operationId: 'contacten',
    samenvatting: 'De contacten met een huishouden',
    tag: 'Contacten',
    toegang: ['dossier:lezen'],
    body: z.strictObject({ bsn: Bsn }),
    antwoord: z.array(Contact),
    handler: ({ o, ctx, body }) => contactenVan(o, ctx, body.bsn),
  }),
  route({
    methode: 'POST',
    pad: '/mijn/terugbelverzoeken',
    operationId: 'vraagTerugbellen',
    samenvatting: 'Vraag of wij u terugbellen (burger)',
    tag: 'Mijn gegevens',
    toegang: ['contactverzoek:indienen'],
    body: TerugbelVerzoek,
    antwoord: Zaak,
    status: 201,
    handler: ({ o, ctx, body }) => vraagTerugbellen(o, ctx, body),
  }),
  route({
    methode: 'POST',
    pad: '/verwerkingen/opvragen',
    operationId: 'verwerkingen',
    samenvatting: 'Wie heeft de gegevens van dit BSN verwerkt, wanneer en waarvoor (auditor)',
    tag: 'Verwerkingen',
    toegang: ['verwerkingen:lezen'],
    body: z.strictObject({ bsn: Bsn }),
    antwoord: z.array(Verwerking),
    handler: ({ o, ctx, body }) => verwerkingenVoorAuditor(o, ctx, body.bsn),
  }),
  route({
    methode: 'GET',
    pad: '/mijn/verwerkingen',
    operationId: 'mijnVerwerkingen',
    samenvatting: 'Wat er met mijn gegevens is gedaan (burger)',
    tag: 'Mijn gegevens',
    toegang: ['eigen-verwerkingen:lezen'],
    antwoord: z.array(Verwerking),
    handler: ({ o, ctx }) => mijnVerwerkingen(o, ctx),
  }),
  route({
    methode: 'POST',
    pad: '/partner/opvanguren',
    operationId: 'meldOpvanguren',
    samenvatting:
      'Een kinderopvangorganisatie meldt de opvanguren van een kind per maand, de gemiddelde uurprijs en de einddatum ' +
      'van het contract (uitschrijving) — alleen voor eigen klanten. Een uitschrijving beëindigt de opvang van de ouder ' +
      'en berekent het voorschot opnieuw (nieuwe beschikking, brief en bericht; uitkomst herberekend); uren of een ' +
      'uurprijs die duidelijk afwijken van wat de ouder opgaf openen een zaak met beide waarden (uitkomst afwijking). ' +
      'De aanbieder is de ingelogde partner, nooit een veld van de melding. Een melding met een meldingId dat al ' +
      'ontvangen is verandert niets (zelfde inhoud: hetzelfde antwoord met herhaald = true; andere inhoud: 409). ' +
      'Een melding die vóór de nieuwste verwerkte melding voor dit kind en jaar is opgesteld verandert niets ' +
      '(uitkomst verouderd). Heeft een andere aanbieder het contract voor dit kind en jaar, dan wordt de melding ' +
      'niet verwerkt maar opent er een zaak (409, code opvangcontract-andere-aanbieder).',
    tag: 'Partners',
    toegang: ['feit:melden'],
    body: OpvangMeldingVerzoek,
    antwoord: z.object({
      verwerkt: z.boolean(),
      melding: z.string(),
      uitkomst: z.enum(['verwerkt', 'al-bekend', 'verouderd', 'conflict', 'afwijking', 'herberekend']),
      meldingId: z.string(),
      herhaald: z.boolean(),
      beschikkingen: z.array(z.number().int()),
      zaakId: z.number().int().optional(),
    }),
    handler: ({ o, ctx, body }) => meldOpvanguren(o, ctx, body),
  }),
  route({
    methode: 'POST',
    pad: '/partner/opvanguren/batch',
    operationId: 'meldOpvangurenBatch',
    samenvatting:
      'Een kinderopvangorganisatie meldt een maandbestand: veel rijen in één verzoek (hoogstens 1.000), elke rij ' +
      'zoals bij POST /partner/opvanguren en in een eigen transactie. Het antwoord heeft per rij een uitkomst, in ' +
      'dezelfde volgorde: status 200 met de uitkomst van de melding, of de status en code van de fout van die rij. ' +
      'Een foute rij houdt de andere rijen niet tegen.',
    tag: 'Partners',
    toegang: ['feit:melden'],
    body: OpvangBatchVerzoek,
    antwoord: z.object({
      aantal: z.number().int(),
      telling: z.record(z.string(), z.number().int()),
      beschikkingen: z.number().int(),
      rijen: z.array(z.looseObject({ rij: z.number().int(), status: z.number().int() })),
    }),
    handler: ({ o, ctx, body }) => meldOpvangBatch(o, ctx, body),
  }),
];
