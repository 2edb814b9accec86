/**
 * @module
 * Work queues and cases (C5): the queue with filters and a cursor, a case with its history,
 * claim/release/close with the version the caller saw (optimistic locking), suspend and resume
 * (Awb 4:15: the due date moves), bulk reassignment with a per-case outcome, and a citizen's own
 * cases.
 */
import {
  AfrondVerzoek,
  claimZaak,
  geefZaakVrij,
  HerverdeelVerzoek,
  hervatZaak,
  herverdeelZaken,
  mijnZaken,
  OpschortVerzoek,
  schortZaakOp,
  sluit,
  VersieVerzoek,
  wachtrij,
  ZaakSoortVeld,
  zaakDetail,
  zaakHistorie,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { HistorieRegel, Id, IdPad, Tekst, Zaak } from '../schemas';

const Versie = VersieVerzoek;
const janee = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZAAK_ROUTES = [
  route({
    methode: 'GET',
    pad: '/zaken',
    operationId: 'werkvoorraad',
    samenvatting:
      'De werkvoorraad: zaken per team, behandelaar ("geen" = teamvoorraad), status, soort, te laat',
    tag: 'Zaken',
    toegang: ['zaak:lezen'],
    query: z.strictObject({
      team: Tekst(50).optional(),
      behandelaar: Tekst(100).optional(),
      status: z.enum(['open', 'in-behandeling', 'wacht-op-goedkeuring', 'afgerond']).optional(),
      soort: ZaakSoortVeld.optional(),
      teLaat: janee.optional(),
      limiet: z.coerce.number().int().min(1).max(500).optional(),
      na: Id.optional(),
    }),
    antwoord: z.object({ zaken: z.array(Zaak), volgende: z.number().int().optional() }),
    handler: ({ o, ctx, query }) =>
      wachtrij(o, ctx, {
        ...(query.team ? { team: query.team } : {}),
        ...(query.behandelaar
          ? { behandelaar: query.behandelaar === 'geen' ? null : query.behandelaar }
          : {}),
        ...(query.status ? { status: [query.status] } : {}),
        ...(query.soort ? { soort: query.soort } : {}),
        ...(query.teLaat !== undefined ? { teLaat: query.teLaat } : {}),
        ...(query.limiet ? { limiet: query.limiet } : {}),
        ...(query.na ? { na: query.na } : {}),
      }),
  }),
  route({
    methode: 'GET',
    pad: '/zaken/{id}',
    operationId: 'zaak',
    samenvatting: 'Een zaak met haar geschiedenis en het BSN van de aanvrager (voor het dossier)',
    tag: 'Zaken',
    toegang: ['zaak:lezen'],
    params: IdPad,
    antwoord: z.object({ zaak: Zaak, bsnAanvrager: z.string(), historie: z.array(HistorieRegel) }),
    handler: ({ o, ctx, params }) => zaakDetail(o, ctx, params.id),
  }),
  route({
    methode: 'GET',
    pad: '/zaken/{id}/historie',
    operationId: 'zaakHistorie',
    samenvatting: 'De geschiedenis van een zaak',
    tag: 'Zaken',
    toegang: ['zaak:lezen'],
    params: IdPad,
    antwoord: z.array(HistorieRegel),
    handler: ({ o, ctx, params }) => zaakHistorie(o, ctx, params.id),
  }),
  route({
    methode: 'POST',
    pad: '/zaken/{id}/claim',
    operationId: 'claimZaak',
    samenvatting: 'Een zaak oppakken (met de versie die u zag); bij twee tegelijk wint er één',
    tag: 'Zaken',
    toegang: ['zaak:behandelen'],
    params: IdPad,
    body: Versie,
    antwoord: Zaak,
    handler: ({ o, ctx, params, body }) => claimZaak(o, ctx, params.id, body.versie),
  }),
  route({
    methode: 'POST',
    pad: '/zaken/{id}/vrijgeven',
    operationId: 'geefZaakVrij',
    samenvatting: 'Een zaak teruggeven aan de teamvoorraad',
    tag: 'Zaken',
    toegang: ['zaak:behandelen'],
    params: IdPad,
    body: Versie,
    antwoord: Zaak,
    handler: ({ o, ctx, params, body }) => geefZaakVrij(o, ctx, params.id, body.versie),
  }),
  route({
    methode: 'POST',
    pad: '/zaken/{id}/afsluiting',
    operationId: 'sluitZaak',
    samenvatting: 'Een zaak afsluiten met een uitkomst',
    tag: 'Zaken',
    toegang: ['zaak:behandelen'],
    params: IdPad,
    body: AfrondVerzoek,
    antwoord: Zaak,
    handler: ({ o, ctx, params, body }) => sluit(o, ctx, params.id, body.versie, body.uitkomst),
  }),
  route({
    methode: 'POST',
    pad: '/zaken/{id}/opschorting',
    operationId: 'schortZaakOp',
    samenvatting:
      'Uw eigen zaak opschorten tot een datum na vandaag (ten hoogste 91 dagen), met een reden; de termijn schuift op (Awb 4:15)',
    tag: 'Zaken',
    toegang: ['zaak:behandelen'],
    params: IdPad,
    body: OpschortVerzoek,
    antwoord: Zaak,
    handler: ({ o, ctx, params, body }) => schortZaakOp(o, ctx, params.id, body.versie, body.reden, body.tot),
  }),
  route({
    methode: 'POST',
    pad: '/zaken/{id}/hervatting',
    operationId: 'hervatZaak',
    samenvatting:
      'Een opgeschorte zaak hervatten; vóór de wachtdatum gaan de niet gebruikte dagen weer van de termijn af',
    tag: 'Zaken',
    toegang: ['zaak:behandelen'],
    params: IdPad,
    body: Versie,
    antwoord: Zaak,
    handler: ({ o, ctx, params, body }) => hervatZaak(o, ctx, params.id, body.versie),
  }),
  route({
    methode: 'POST',
    pad: '/zaken/herverdeling',
    operationId: 'herverdeelZaken',
    samenvatting:
      'Zaken in één keer aan iemand anders (of aan de teamvoorraad: naar = null) geven; uitkomst per zaak',
    tag: 'Zaken',
    toegang: ['zaak:herverdelen'],
    body: HerverdeelVerzoek,
    antwoord: z.array(z.looseObject({ zaakId: z.number().int(), ok: z.boolean() })),
    handler: ({ o, ctx, body }) => herverdeelZaken(o, ctx, body.zaakIds, body.naar),
  }),
  route({
    methode: 'GET',
    pad: '/mijn/zaken',
    operationId: 'mijnZaken',
    samenvatting: 'Mijn zaken (burger): status en verwachte datum',
    tag: 'Mijn gegevens',
    toegang: ['eigen-huishouden:lezen'],
    antwoord: z.array(Zaak),
    handler: ({ o, ctx }) => mijnZaken(o, ctx),
  }),
];
