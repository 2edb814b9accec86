/**
 * Agreeing a payment plan for a recovery (issue 15), as the API and the portal's forms send it: the
 * kind of plan and, for a personal plan, the household's monthly income and fixed costs in eurocents.
 */
import { z } from 'zod';
import { Bsn, Centen } from './velden';

/** At most € 100,000 a month: a typo beyond that is refused, not stored. */
const MaandBedrag = Centen.min(0, 'kan niet lager zijn dan 0').max(10_000_000, 'is te hoog');

export const Draagkracht = z.strictObject({
  leefsituatie: z.enum(['alleen', 'samen'], { error: 'kies alleen of samen' }),
  inkomen: MaandBedrag,
  woonlasten: MaandBedrag,
  zorgkosten: MaandBedrag,
  overigeLasten: MaandBedrag,
});
export type Draagkracht = z.infer<typeof Draagkracht>;

export const RegelingVoorbeeldVerzoek = z.strictObject({ bsn: Bsn.optional(), draagkracht: Draagkracht });
export type RegelingVoorbeeldVerzoek = z.infer<typeof RegelingVoorbeeldVerzoek>;

export const RegelingAangaanVerzoek = z.discriminatedUnion('soort', [
  z.strictObject({ soort: z.literal('standaard'), bsn: Bsn.optional() }),
  z.strictObject({ soort: z.literal('persoonlijk'), bsn: Bsn.optional(), draagkracht: Draagkracht }),
]);
export type RegelingAangaanVerzoek = z.infer<typeof RegelingAangaanVerzoek>;
