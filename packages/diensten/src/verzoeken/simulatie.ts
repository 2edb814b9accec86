/**
 * @module
 * Starting a simulation (uitvoeringstoets): a shipped reform by its name, or a reform's own YAML
 * text — one of the two (two shapes of one request, so each shape is complete on its own).
 */
import { voorbeeldHervormingen } from '@regelmaat/simulatie';
import { z } from 'zod';

const namen = [...voorbeeldHervormingen().keys()] as [string, ...string[]];

export const SimulatieVerzoek = z.union([
  z.strictObject({
    hervorming: z.enum(namen, { error: `moet een van ${namen.join(', ')} zijn` }),
  }),
  z.strictObject({ yaml: z.string().min(1).max(100_000) }),
]);
export type SimulatieVerzoek = z.infer<typeof SimulatieVerzoek>;
