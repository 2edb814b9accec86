/** A response to a zienswijze letter (Awir art. 26b), from the portal or written down by staff. */
import { z } from 'zod';
import { Tekst } from './velden';

/** The longest response the database keeps (`zienswijze_reactie.tekst`). */
export const MAX_ZIENSWIJZE = 4000;

export const ZienswijzeReactieVerzoek = z.strictObject({ tekst: Tekst(MAX_ZIENSWIJZE) });
