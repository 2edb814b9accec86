/**
 * @module
 * Maatwerk (C6): comparable earlier decisions, recording a structured decision (with the three
 * questions), the team lead's approval or rejection (four-eyes), remedies for comparable open cases
 * with a review per case (level 2), and signals for policy (level 3).
 */
import {
  AfwijzingVerzoek,
  beoordeelRemedie,
  keurMaatwerkGoed,
  legMaatwerkbesluitVast,
  MaatwerkVerzoek,
  maatwerkTerGoedkeuring,
  maatwerkVanZaak,
  meldSignaal,
  RegelingVeld,
  RemedieVoorstelVerzoek,
  SignaalVerzoek,
  standaardUitkomstVoorZaak,
  stelRemedieVoor,
  ToepassingBeoordelingVerzoek,
  vergelijkbaarVoorZaak,
  vergelijkbareZakenVoor,
  wijsMaatwerkAf,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { Centen, IdPad, INTEGER_MAX, Maatwerkbesluit, Tekst, Zaak } from '../schemas';

const Regeling = RegelingVeld;

export const MAATWERK_ROUTES = [
  route({
    methode: 'GET',
    pad: '/maatwerkbesluiten/ter-goedkeuring',
    operationId: 'maatwerkTerGoedkeuring',
    samenvatting:
      'Maatwerkbesluiten die wachten op goedkeuring (standaard: van het eigen team; team=alle voor alle teams)',
    tag: 'Maatwerk',
    toegang: ['maatwerk:goedkeuren'],
    query: z.strictObject({ team: Tekst(50).optional() }),
    antwoord: z.array(
      z.object({
        besluit: Maatwerkbesluit,
        zaak: Zaak,
        effect: z.object({
          zaken: z.number().int(),
          vergelijkbareZaken: z.number().int(),
          perZaak: z.number().int(),
          totaal: z.number().int(),
        }),
      }),
    ),
    handler: ({ o, ctx, query }) =>
      maatwerkTerGoedkeuring(
        o,
        ctx,
        query.team === undefined ? {} : { team: query.team === 'alle' ? null : query.team },
      ),
  }),
  route({
    methode: 'GET',
    pad: '/zaken/{id}/maatwerkbesluiten',
    operationId: 'maatwerkVanZaak',
    samenvatting: 'De maatwerkbesluiten van een zaak',
    tag: 'Maatwerk',
    toegang: ['zaak:lezen'],
    params: IdPad,
    antwoord: z.array(Maatwerkbesluit),
    handler: ({ o, ctx, params }) => maatwerkVanZaak(o, ctx, params.id),
  }),
  route({
    methode: 'GET',
    pad: '/zaken/{id}/vergelijkbare-besluiten',
    operationId: 'vergelijkbareBesluiten',
    samenvatting:
      'Eerdere maatwerkbesluiten in vergelijkbare situaties (zelfde regeling en redenen, vergelijkbaar bedrag en huishouden)',
    tag: 'Maatwerk',
    toegang: ['zaak:lezen'],
    params: IdPad,
    query: z.strictObject({
      regeling: Regeling,
      jaar: z.coerce.number().int().min(2025).max(2026),
      bedrag: z.coerce.number().int().min(0).max(INTEGER_MAX, 'is te groot'),
    }),
    antwoord: z.array(z.looseObject({ score: z.number() })),
    handler: ({ o, ctx, params, query }) => vergelijkbaarVoorZaak(o, ctx, params.id, query),
  }),
  route({
    methode: 'GET',
    pad: '/zaken/{id}/standaarduitkomst',
    operationId: 'standaardUitkomst',
    samenvatting:
      'Wat de wet geeft voor deze toeslag en dit jaar (de standaarduitkomst waarmee een maatwerkbesluit wordt vergeleken)',
    tag: 'Maatwerk',
    toegang: ['zaak:lezen'],
    params: IdPad,
    query: z.strictObject({ regeling: Regeling, jaar: z.coerce.number().int().min(2025).max(2026) }),
    antwoord: z.object({
      bedrag: Centen,
      omschrijving: z.string(),
      beschikkingId: z.number().int(),
      soort: z.enum(['voorschot', 'definitief']),
    }),
    handler: ({ o, ctx, params, query }) => standaardUitkomstVoorZaak(o, ctx, params.id, query),
  }),
  route({
    methode: 'POST',
    pad: '/zaken/{id}/maatwerkbesluiten',
    operationId: 'legMaatwerkVast',
    samenvatting:
      'Een maatwerkbesluit vastleggen; boven de drempel wacht het op goedkeuring door een teamleider',
    tag: 'Maatwerk',
    toegang: ['maatwerk:vastleggen'],
    params: IdPad,
    body: MaatwerkVerzoek,
    antwoord: z.object({
      besluit: Maatwerkbesluit,
      waarschuwing: z.looseObject({ melding: z.string() }).optional(),
      beschikkingId: z.number().int().optional(),
    }),
    status: 201,
    handler: ({ o, ctx, params, body }) => legMaatwerkbesluitVast(o, ctx, { ...body, zaakId: params.id }),
  }),
  route({
    methode: 'POST',
    pad: '/maatwerkbesluiten/{id}/goedkeuring',
    operationId: 'keurMaatwerkGoed',
    samenvatting: 'Een maatwerkbesluit goedkeuren (teamleider, niet de auteur); het gaat direct in',
    tag: 'Maatwerk',
    toegang: ['maatwerk:goedkeuren'],
    params: IdPad,
    antwoord: z.object({ besluit: Maatwerkbesluit, beschikkingId: z.number().int().optional() }),
    handler: ({ o, ctx, params }) => keurMaatwerkGoed(o, ctx, params.id),
  }),
  route({
    methode: 'POST',
    pad: '/maatwerkbesluiten/{id}/afwijzing',
    operationId: 'wijsMaatwerkAf',
    samenvatting: 'Een maatwerkbesluit afwijzen met toelichting',
    tag: 'Maatwerk',
    toegang: ['maatwerk:goedkeuren'],
    params: IdPad,
    body: AfwijzingVerzoek,
    antwoord: Maatwerkbesluit,
    handler: ({ o, ctx, params, body }) => wijsMaatwerkAf(o, ctx, params.id, body.toelichting),
  }),
  route({
    methode: 'GET',
    pad: '/maatwerkbesluiten/{id}/vergelijkbare-zaken',
    operationId: 'vergelijkbareOpenZaken',
    samenvatting: 'Open zaken die lijken op de zaak van dit besluit (niveau 2)',
    tag: 'Maatwerk',
    toegang: ['zaak:lezen'],
    params: IdPad,
    antwoord: z.array(Zaak),
    handler: ({ o, ctx, params }) => vergelijkbareZakenVoor(o, ctx, params.id),
  }),
  route({
    methode: 'POST',
    pad: '/maatwerkbesluiten/{id}/toepassingen',
    operationId: 'stelToepassingVoor',
    samenvatting: 'De oplossing voorstellen voor vergelijkbare open zaken; daarna per zaak beoordelen',
    tag: 'Maatwerk',
    toegang: ['maatwerk:vastleggen'],
    params: IdPad,
    body: RemedieVoorstelVerzoek,
    antwoord: z.unknown(),
    status: 201,
    handler: ({ o, ctx, params, body }) => stelRemedieVoor(o, ctx, params.id, body.zaakIds),
  }),
  route({
    methode: 'POST',
    pad: '/toepassingen/{id}/beoordeling',
    operationId: 'beoordeelToepassing',
    samenvatting: 'Per zaak beoordelen of de voorgestelde oplossing wordt toegepast',
    tag: 'Maatwerk',
    toegang: ['maatwerk:vastleggen'],
    params: IdPad,
    body: ToepassingBeoordelingVerzoek,
    antwoord: z.unknown(),
    handler: ({ o, ctx, params, body }) =>
      beoordeelRemedie(o, ctx, params.id, body.oordeel, body.toelichting),
  }),
  route({
    methode: 'POST',
    pad: '/signalen',
    operationId: 'meldSignaal',
    samenvatting:
      'Een signaal voor beleid geven: thema, wat er gebeurt, waarom het onredelijk is, voorbeeldzaken',
    tag: 'Maatwerk',
    toegang: ['signaal:maken'],
    body: SignaalVerzoek,
    antwoord: z.unknown(),
    status: 201,
    handler: ({ o, ctx, body }) => meldSignaal(o, ctx, body),
  }),
];
