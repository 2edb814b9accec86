/** A response to a zienswijze letter (Awir art. 26b), from the portal or written down by staff. */
import { z } from 'zod';
import { Geheel, Tekst } from './velden';

/** The longest response the database keeps (`zienswijze_reactie.tekst`). */
export const MAX_ZIENSWIJZE = 4000;

export const ZienswijzeReactieVerzoek = z.strictObject({ tekst: Tekst(MAX_ZIENSWIJZE) });

/** The case worker decides the zienswijze: the case's version (optimistic locking) and how it was weighed. */
export const ZienswijzeAfrondVerzoek = z.strictObject({
  versie: Geheel.min(0),
  motivering: Tekst(MAX_ZIENSWIJZE),
});
