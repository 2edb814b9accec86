/**
 * @module
 * Logging in: staff (user name + password), citizens (the labelled DigiD simulation, only when
 * enabled) and partners (client credentials). Each returns a bearer token.
 */
import { inloggenDigid, inloggenMedewerker, inloggenPartner } from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { Bsn, Tekst } from '../schemas';

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
    body: z.strictObject({
      gebruikersnaam: Tekst(100),
      wachtwoord: z.string().min(1, 'is verplicht').max(200),
    }),
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
    body: z.strictObject({ bsn: Bsn }),
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
    body: z.strictObject({ clientId: Tekst(100), secret: z.string().min(1, 'is verplicht').max(200) }),
    antwoord: Sessie,
    status: 201,
    handler: async ({ o, body }) => alsAntwoord(await inloggenPartner(o, body)),
  }),
];
