/**
 * @module
 * The zienswijze, the monthly invordering run and personal guidance (issue 15):
 * - zienswijze (Awir art. 26b): a citizen reads their own household's and responds; staff read a
 *   hearing case's, write down a response given by phone and — the case's behandelaar — decide it
 *   (a lower recovery comes only from the case's maatwerk, `legMaatwerkVast`, four-eyes above the
 *   threshold; the outcome is read from it, never from the request);
 * - the invordering run: a team lead starts (or resumes) the run of a month that has ended — one run
 *   per month, a rerun doubles nothing — and reads its figures;
 * - guidance: a team lead of team Invordering gives a household a guide of that team for a reason
 *   that holds; a guide reads their caseload and writes a note per contact moment.
 * The services check every right again from data the server owns and write the processing log.
 */
import {
  BegeleidingStartVerzoek,
  begeleidingStarten,
  CaseloadVraag,
  ContactNotitieVerzoek,
  caseload,
  contactNoteren,
  EigenOfBsnVraag,
  InvorderingRunVerzoek,
  InvorderingRunVraag,
  invorderingRunStand,
  legTelefonischeZienswijzeVast,
  NietGevonden,
  reageerOpZienswijze,
  rondZienswijzeAf,
  startInvorderingRun,
  ZienswijzeAfrondVerzoek,
  type ZienswijzeOverzicht,
  ZienswijzeReactieVerzoek,
  zienswijzenVoor,
  zienswijzeVanZaakVoor,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { Centen, Datum, IdPad } from '../schemas';

const Zienswijze = z.object({
  id: z.number().int(),
  zaakId: z.number().int(),
  huishoudenId: z.number().int(),
  jaar: z.number().int(),
  terugTeVorderen: Centen.describe('de voorgenomen terugvordering in de brief (eurocent)'),
  briefdatum: Datum,
  reagerenUiterlijk: Datum.describe('de laatste dag om te reageren'),
  berekening: z.array(
    z.object({
      regeling: z.string(),
      beschikkingId: z.number().int(),
      voorschot: Centen,
      jaarbedrag: Centen,
      terug: Centen,
      nabetaling: Centen,
    }),
  ),
  reacties: z.array(
    z.object({
      id: z.number().int(),
      kanaal: z.enum(['portaal', 'telefoon']),
      tekst: z.string(),
      vastgelegdDoor: z.string().nullable(),
      ontvangenOp: z.string(),
    }),
  ),
  afronding: z
    .object({
      uitkomst: z.enum(['ongewijzigd', 'verlaagd']),
      motivering: z.string(),
      door: z.string(),
      afgerondOp: z.string(),
    })
    .nullable(),
  open: z.boolean().describe('of er nog niet is beslist (reageren kan dan nog)'),
});

/** The zienswijze without the letter's rendering data (the calculation is in `berekening`). */
const zonderBrief = ({ brief: _brief, sjabloon: _s, vastgelegdOp: _v, ...rest }: ZienswijzeOverzicht) => rest;

const Rapport = z.object({
  runId: z.number().int(),
  maand: z.string(),
  klaar: z.boolean(),
  vorderingen: z.number().int().describe('terugvorderingen bekeken'),
  rente: z.object({ aantal: z.number().int(), bedrag: Centen }),
  verrekening: z.object({ aantal: z.number().int(), bedrag: Centen }),
  herinneringen: z.number().int(),
  aanmaningen: z.number().int(),
});

const Contactmoment = z.object({
  id: z.number().int(),
  geplandOp: Datum,
  notitie: z.string().nullable(),
  genoteerdOp: z.string().nullable(),
  genoteerdDoor: z.string().nullable(),
});

const Begeleiding = z.object({
  id: z.number().int(),
  huishoudenId: z.number().int(),
  zaakId: z.number().int(),
  begeleider: z.string(),
  reden: z.enum(['hoge-terugvordering', 'regeling-met-rest', 'signaal', 'op-verzoek']),
  gestartOp: z.string(),
  gestartDoor: z.string(),
  contactmomenten: z.array(Contactmoment),
});

export const INVORDERING_ROUTES = [
  route({
    methode: 'POST',
    pad: '/zienswijzen',
    operationId: 'zienswijzen',
    samenvatting:
      'De zienswijzen van een huishouden (Awir art. 26b): de berekening per toeslag, de termijn, de reacties en de beslissing',
    tag: 'Zienswijze',
    toegang: ['eigen-huishouden:lezen', 'beschikking:lezen'],
    body: EigenOfBsnVraag.pick({ bsn: true }),
    antwoord: z.object({ zienswijzen: z.array(Zienswijze) }),
    handler: async ({ o, ctx, body }) => ({
      zienswijzen: (await zienswijzenVoor(o, ctx, body)).map(zonderBrief),
    }),
  }),
  route({
    methode: 'POST',
    pad: '/zienswijzen/{id}/reactie',
    operationId: 'reageerOpZienswijze',
    samenvatting: 'Reageer op een zienswijzebrief van uw eigen huishouden, zolang er nog niet is beslist',
    tag: 'Zienswijze',
    toegang: ['eigen-huishouden:wijzigen'],
    params: IdPad,
    body: ZienswijzeReactieVerzoek,
    antwoord: Zienswijze,
    handler: async ({ o, ctx, params, body }) =>
      zonderBrief(await reageerOpZienswijze(o, ctx, params.id, body.tekst)),
  }),
  route({
    methode: 'GET',
    pad: '/zaken/{id}/zienswijze',
    operationId: 'zienswijzeVanZaak',
    samenvatting: 'De zienswijze van een hoorzittingszaak: berekening, termijn, reacties en beslissing',
    tag: 'Zienswijze',
    toegang: ['zaak:lezen'],
    params: IdPad,
    antwoord: Zienswijze,
    handler: async ({ o, ctx, params }) => zonderBrief(await zienswijzeVanZaakVoor(o, ctx, params.id)),
  }),
  route({
    methode: 'POST',
    pad: '/zaken/{id}/zienswijze/reactie',
    operationId: 'legTelefonischeZienswijzeVast',
    samenvatting: 'Een reactie vastleggen die de burger telefonisch gaf op de zienswijzebrief',
    tag: 'Zienswijze',
    toegang: ['contact:vastleggen'],
    params: IdPad,
    body: ZienswijzeReactieVerzoek,
    antwoord: Zienswijze,
    handler: async ({ o, ctx, params, body }) =>
      zonderBrief(await legTelefonischeZienswijzeVast(o, ctx, params.id, body.tekst)),
  }),
  route({
    methode: 'POST',
    pad: '/zaken/{id}/zienswijze/beslissing',
    operationId: 'rondZienswijzeAf',
    samenvatting:
      'Beslissen over de zienswijze (de behandelaar van de zaak): de aangehouden beschikkingen gaan uit, de terugvorderingen worden geboekt, de zaak sluit. Verlaagd alleen met een maatwerkbesluit van de zaak dat van kracht is',
    tag: 'Zienswijze',
    toegang: ['zaak:behandelen'],
    params: IdPad,
    body: ZienswijzeAfrondVerzoek,
    antwoord: z.object({
      zienswijze: Zienswijze,
      uitkomst: z.enum(['ongewijzigd', 'verlaagd']),
      vrijgegeven: z.array(z.number().int()).describe('de beschikkingen die nu zijn uitgegaan'),
      vorderingen: z.number().int(),
      nabetalingen: z.number().int(),
    }),
    handler: async ({ o, ctx, params, body }) => {
      const b = await rondZienswijzeAf(o, ctx, params.id, body);
      return { ...b, zienswijze: zonderBrief(b.zienswijze) };
    },
  }),
  route({
    methode: 'POST',
    pad: '/invordering/runs',
    operationId: 'invorderingRun',
    samenvatting:
      'De invorderingsrun van een afgelopen maand starten of hervatten (rente, verrekening, herinneringen); één run per maand, opnieuw starten verdubbelt niets; geeft de cijfers',
    tag: 'Invordering',
    toegang: ['levensgebeurtenissen:starten'],
    body: InvorderingRunVerzoek,
    antwoord: Rapport.extend({ nieuw: z.boolean().describe('of deze aanroep de run startte') }),
    handler: ({ o, ctx, body }) => startInvorderingRun(o, ctx, body),
  }),
  route({
    methode: 'GET',
    pad: '/invordering/runs',
    operationId: 'invorderingRunStand',
    samenvatting: 'De cijfers van de invorderingsrun van een maand',
    tag: 'Invordering',
    toegang: ['rapportage:lezen'],
    query: InvorderingRunVraag,
    antwoord: Rapport,
    handler: async ({ o, ctx, query }) => {
      const r = await invorderingRunStand(o, ctx, query.maand);
      if (!r) throw new NietGevonden(`Er is geen invorderingsrun voor ${query.maand}.`);
      return r;
    },
  }),
  route({
    methode: 'POST',
    pad: '/begeleidingen',
    operationId: 'begeleidingStarten',
    samenvatting:
      'Een persoonlijk begeleider van team Invordering aanwijzen voor een huishouden (teamleider van dat team), om een reden die voor het huishouden geldt of op verzoek',
    tag: 'Begeleiding',
    toegang: ['zaak:herverdelen'],
    body: BegeleidingStartVerzoek,
    antwoord: Begeleiding,
    status: 201,
    handler: ({ o, ctx, body }) => begeleidingStarten(o, ctx, body),
  }),
  route({
    methode: 'GET',
    pad: '/begeleidingen/caseload',
    operationId: 'caseload',
    samenvatting:
      'De caseload van een begeleider: de eigen, of (teamleider van Invordering) die van een begeleider van het team',
    tag: 'Begeleiding',
    toegang: ['zaak:lezen'],
    query: CaseloadVraag,
    antwoord: z.object({
      begeleider: z.string(),
      naam: z.string(),
      regels: z.array(
        z.object({
          begeleidingId: z.number().int(),
          huishoudenId: z.number().int(),
          zaakId: z.number().int(),
          bsn: z.string(),
          reden: z.string(),
          gestartOp: z.string(),
          open: Centen,
          contactmomenten: z.array(Contactmoment),
        }),
      ),
    }),
    handler: ({ o, ctx, query }) =>
      caseload(o, ctx, query.begeleider ? { begeleider: query.begeleider } : {}),
  }),
  route({
    methode: 'POST',
    pad: '/contactmomenten/{id}/notitie',
    operationId: 'contactNoteren',
    samenvatting: 'De begeleider schrijft op wat er bij een contactmoment is besproken (één keer)',
    tag: 'Begeleiding',
    toegang: ['contact:vastleggen'],
    params: IdPad,
    body: ContactNotitieVerzoek,
    antwoord: z.object({ contactmomentId: z.number().int(), genoteerd: z.literal(true) }),
    handler: async ({ o, ctx, params, body }) => {
      await contactNoteren(o, ctx, { contactmomentId: params.id, notitie: body.notitie });
      return { contactmomentId: params.id, genoteerd: true as const };
    },
  }),
];
