/**
 * @module
 * Messages in the citizen's portal (issue 16): the list of a household's messages (the citizen's
 * own, or staff by BSN) and one message, which the citizen thereby marks read. A message is data:
 * its kind and the values it states; the portal words it.
 */
import { berichten, leesBericht } from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { Bsn, IdPad } from '../schemas';

const Bericht = z.object({
  id: z.number().int(),
  soort: z.string(),
  gegevens: z.record(z.string(), z.unknown()),
  verzondenOp: z.string(),
  gelezen: z.boolean(),
  gelezenOp: z.string().optional(),
});

export const BERICHT_ROUTES = [
  route({
    methode: 'POST',
    pad: '/berichten',
    operationId: 'berichten',
    samenvatting:
      'De berichten van een huishouden (nieuwste eerst), met het aantal ongelezen: wat een partner meldde en wat dat veranderde',
    tag: 'Berichten',
    toegang: ['eigen-huishouden:lezen', 'dossier:lezen'],
    body: z.strictObject({ bsn: Bsn.optional() }),
    antwoord: z.object({
      huishoudenId: z.number().int(),
      ongelezen: z.number().int(),
      berichten: z.array(Bericht),
    }),
    handler: ({ o, ctx, body }) => berichten(o, ctx, body),
  }),
  route({
    methode: 'GET',
    pad: '/berichten/{id}',
    operationId: 'bericht',
    samenvatting: 'Eén eigen bericht (burger); openen legt vast dat het gelezen is (één keer)',
    tag: 'Berichten',
    toegang: ['eigen-huishouden:lezen'],
    params: IdPad,
    antwoord: Bericht,
    handler: ({ o, ctx, params }) => leesBericht(o, ctx, params.id),
  }),
];
