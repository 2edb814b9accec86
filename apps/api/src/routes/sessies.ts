/**
 * @module
 * Logging in: staff (user name + password), citizens (the labelled DigiD simulation, only when
 * enabled) and partners (client credentials). Each returns a bearer token.
 */
import {
  DigidVerzoek,
  inloggenDigid,
  inloggenMedewerker,
  inloggenPartner,
  MedewerkerInlogVerzoek,
  NietIngelogd,
  PartnerInlogVerzoek,
  uitloggen,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';

/**
 * Login attempts per IP address per minute (per process). The per-account lockout (database, all
 * processes) is the real limit on guessing one password; this one slows spraying many accounts.
 */
export const INLOG_LIMIET = { max: 30, vensterSeconden: 60 } as const;

const Sessie = z.object({
  token: z.string(),
  rol: z.string(),
  id: z.string(),
  naam: z.string().optional(),
  team: z.string().optional(),
  verloopt: z.string(),
});

const alsAntwoord = (r: {
  token: string;
  sessie: { rol: string; id: string; naam?: string; team?: string; verloopt: string };
}) => ({
  token: r.token,
  rol: r.sessie.rol,
  id: r.sessie.id,
  ...(r.sessie.naam ? { naam: r.sessie.naam } : {}),
  ...(r.sessie.team ? { team: r.sessie.team } : {}),
  verloopt: r.sessie.verloopt,
});

export const SESSIE_ROUTES = [
  route({
    methode: 'POST',
    pad: '/sessies',
    operationId: 'inloggenMedewerker',
    samenvatting: 'Inloggen als medewerker',
    tag: 'Sessies',
    toegang: 'publiek',
    body: MedewerkerInlogVerzoek,
    limiet: INLOG_LIMIET,
    antwoord: Sessie,
    status: 201,
    handler: async ({ o, body }) => alsAntwoord(await inloggenMedewerker(o, body)),
  }),
  route({
    methode: 'POST',
    pad: '/sessies/digid-simulatie',
    operationId: 'inloggenDigidSimulatie',
    samenvatting: 'Inloggen als burger met de DigiD-simulatie (alleen in een testomgeving)',
    tag: 'Sessies',
    toegang: 'publiek',
    body: DigidVerzoek,
    limiet: INLOG_LIMIET,
    antwoord: Sessie,
    status: 201,
    handler: ({ o, body }) => alsAntwoord(inloggenDigid(o, body)),
  }),
  route({
    methode: 'POST',
    pad: '/sessies/partner',
    operationId: 'inloggenPartner',
    samenvatting: 'Inloggen als partnerorganisatie met client-id en geheim',
    tag: 'Sessies',
    toegang: 'publiek',
    body: PartnerInlogVerzoek,
    limiet: INLOG_LIMIET,
    antwoord: Sessie,
    status: 201,
    handler: async ({ o, body }) => alsAntwoord(await inloggenPartner(o, body)),
  }),
  route({
    methode: 'POST',
    pad: '/sessies/afmelding',
    operationId: 'uitloggen',
    samenvatting:
      'Uitloggen: de sessie wordt op de server ingetrokken, zodat het token (en elke kopie) niet meer werkt',
    tag: 'Sessies',
    // Any logged-in caller: checked in the handler (there is no right every role has).
    toegang: 'publiek',
    antwoord: z.object({ afgemeld: z.literal(true) }),
    handler: async ({ o, ctx }) => {
      if (!ctx.sessie) throw new NietIngelogd('U bent niet (meer) ingelogd.');
      await uitloggen(o, ctx.sessie);
      return { afgemeld: true as const };
    },
  }),
];
