/**
 * @module
 * Starting a year simulation (issue 20): how many synthetic households (1–2000, 200 by default),
 * which variants (all the server offers by default) and the seed of the population and its lives.
 */
import { z } from 'zod';

/** The largest population a server runs in the background (a PGlite year per variant; minutes). */
export const JAARSIMULATIE_MAX_HUISHOUDENS = 2000;

export const JaarsimulatieVerzoek = z.strictObject({
  huishoudens: z
    .number()
    .int({ error: 'moet een geheel getal zijn' })
    .min(1, { error: 'moet minstens 1 zijn' })
    .max(JAARSIMULATIE_MAX_HUISHOUDENS, { error: `mag hooguit ${JAARSIMULATIE_MAX_HUISHOUDENS} zijn` })
    .default(200),
  varianten: z
    .array(z.string().min(1).max(40))
    .min(1, { error: 'kies minstens één variant' })
    .max(10)
    .optional(),
  seed: z
    .number()
    .int({ error: 'moet een geheel getal zijn' })
    .min(0, { error: 'moet 0 of meer zijn' })
    .max(2 ** 31 - 1, { error: `mag hooguit ${2 ** 31 - 1} zijn` })
    .default(1),
});
export type JaarsimulatieVerzoek = z.infer<typeof JaarsimulatieVerzoek>;
