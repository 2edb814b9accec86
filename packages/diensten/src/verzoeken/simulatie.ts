/**
 * @module
 * Starting a simulation (uitvoeringstoets): a shipped reform by its name, or a reform's own YAML
 * text — exactly one of the two.
 */
import { z } from 'zod';

export const SimulatieVerzoek = z
  .strictObject({
    hervorming: z.string().trim().min(1).max(100).optional(),
    yaml: z.string().min(1).max(100_000).optional(),
  })
  .refine((v) => (v.hervorming === undefined) !== (v.yaml === undefined), {
    message: 'geef precies één van hervorming (een naam) of yaml (een eigen hervorming)',
  });
export type SimulatieVerzoek = z.infer<typeof SimulatieVerzoek>;
