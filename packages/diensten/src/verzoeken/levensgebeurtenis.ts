/**
 * @module
 * The life-event requests (issue 16) the API and the portal share: starting (or resuming) the run
 * for a peildatum, and a household's answer to a life-event message.
 */
import { z } from 'zod';
import { Datum } from './velden';

export const LevensgebeurtenisRunVerzoek = z.strictObject({
  peildatum: Datum,
  partitiegrootte: z.number().int().min(1).max(100_000).optional(),
});

export const ReactieVerzoek = z.strictObject({
  reactie: z.enum(['klopt', 'wijziging'], { error: 'kies klopt of wijziging' }),
});
