/**
 * @module
 * Validating a request with its shared schema: the value, or `Ongeldig` with every problem named by
 * its field path, a Dutch reason and a code (`InvoerCode`). The API and the web call this same
 * function, so a form and the API refuse the same input for the same reason; the web words the
 * code per field, the API lists it in `invalidParams`.
 */

import { Ongeldig, type OngeldigVeld } from '@regelmaat/kernel';
import { formatPath, invoerCode } from '@regelmaat/law';
import type { z } from 'zod';

/** zod issues → fields with a path (below `voorvoegsel`), a Dutch reason and a code. */
export function veldenUitZod(error: z.ZodError, invoer: unknown, voorvoegsel = ''): OngeldigVeld[] {
  return error.issues.map((i) => {
    const pad = formatPath(i.path);
    return {
      naam: `${voorvoegsel}${pad && voorvoegsel ? '.' : ''}${pad}` || voorvoegsel || '(invoer)',
      // zod's own words for an unknown field are English; a schema's own message is kept.
      reden:
        i.code === 'unrecognized_keys' && i.message.startsWith('Unrecognized')
          ? `onbekend veld: ${i.keys.join(', ')}`
          : i.message,
      code: invoerCode(i, invoer),
    };
  });
}

/** The parsed request, or `Ongeldig` naming every field that is wrong. */
export function valideer<S extends z.ZodType>(schema: S, invoer: unknown, voorvoegsel = ''): z.output<S> {
  const r = schema.safeParse(invoer);
  if (!r.success) throw new Ongeldig(veldenUitZod(r.error, invoer, voorvoegsel));
  return r.data;
}
