/** Paying (part of) a recovery, as the API and the portal's form send it: an amount in eurocents. */
import { z } from 'zod';
import { Centen } from './velden';

export const BetaalTerugVerzoek = z.strictObject({
  bedrag: Centen.min(1, 'moet groter zijn dan 0'),
});
export type BetaalTerugVerzoek = z.infer<typeof BetaalTerugVerzoek>;
