/**
 * @module
 * From monthly outcomes to the year amount and the monthly payments (Awir).
 *
 * - Awir art. 5 lid 1 and the regelingen compute each month with that month's facts.
 * - Awir art. 14 lid 4: the yearly tegemoetkoming is rounded arithmetically to whole euros.
 * - Awir art. 14 lid 5: no tegemoetkoming below € 24 a year.
 * - Paid amounts (Dienst Toeslagen practice, Belastingdienst leaflets):
 *   zorgtoeslag: month = floor(round(yearly amount of that month's situation) / 12) — for a whole
 *   year in one situation that is floor(year / 12), which reproduces every row of the published
 *   2025 and 2026 tables; kindgebonden budget: month = floor(the month's twelfth), as in the
 *   Berekening kindgebonden budget 2026 examples (5.975,94 → 497); huurtoeslag and
 *   kinderopvangtoeslag are computed per month and rounded down to whole euros per month (Berekening
 *   huurtoeslag 2026, Berekening kinderopvangtoeslag 2026); their year is the sum of the months.
 * The difference between the year amount and the sum of the payments (less than € 12) is settled
 * in the definitieve berekening.
 */
import { step, type Trace } from '@regelmaat/engine';
import type { Eurocent } from '@regelmaat/kernel';
import { floorDiv, roundHalfUpDiv } from '@regelmaat/kernel';
import type { Afronding } from '../regeling';
import { JAAR } from './stappen';

/** Microcents per euro. */
const EURO = 100_000_000;

/**
 * `waarden[m]` is the formula's outcome for month m in microcents (a yearly amount for `jaar-*`,
 * a monthly amount for `maand-omlaag`). Writes the paid amount per month (eurocents, whole euros)
 * into `out` and returns the year amount in eurocents (whole euros).
 */
export function jaarbedrag(
  waarden: readonly number[],
  afronding: Afronding,
  minimumCents: number,
  t: Trace | null,
  out: number[],
): Eurocent {
  let jaar: number;
  if (afronding === 'maand-omlaag') {
    let som = 0;
    for (let m = 0; m < 12; m++) {
      // Months equal to the one before (most of them) reuse its rounding.
      out[m] = m > 0 && waarden[m] === waarden[m - 1] ? out[m - 1]! : floorDiv(waarden[m]!, EURO) * 100;
      som += out[m]!;
    }
    step(t, JAAR.som, som * 1_000_000);
    jaar = step(t, JAAR.afgerond, som);
  } else {
    // Sum of twelfths: keep the sum of yearly amounts (doubled, so halves stay integers) and divide once.
    let som2 = 0;
    for (let m = 0; m < 12; m++) som2 += 2 * waarden[m]!;
    step(t, JAAR.som, som2 / 24);
    jaar = step(t, JAAR.afgerond, roundHalfUpDiv(som2, 24 * EURO) * 100);
    // Each month is paid from its own situation, so a higher income never raises any payment.
    const afgerond = afronding === 'jaar-twaalfde-van-afgerond';
    for (let m = 0; m < 12; m++) {
      if (m > 0 && waarden[m] === waarden[m - 1]) out[m] = out[m - 1]!;
      else if (afgerond) out[m] = floorDiv(roundHalfUpDiv(2 * waarden[m]!, 2 * EURO), 12) * 100;
      else out[m] = floorDiv(waarden[m]!, 12 * EURO) * 100;
    }
  }
  const gehaald = step(t, JAAR.minimum, jaar >= minimumCents);
  if (!gehaald) {
    jaar = 0;
    for (let m = 0; m < 12; m++) out[m] = 0;
  }
  return step(t, JAAR.jaarbedrag, jaar) as Eurocent;
}

/**
 * The same outcome as `jaarbedrag` when all twelve months have the same value `v` (most households):
 * the year is round(v) or 12 × the month, the months are all equal. For the batch path; a property
 * test checks it against the general rule.
 */
export function jaarbedragStabiel(
  v: number,
  afronding: Afronding,
  minimumCents: number,
  out: number[],
): number {
  let maand: number;
  let jaar: number;
  if (afronding === 'maand-omlaag') {
    maand = floorDiv(v, EURO) * 100;
    jaar = 12 * maand;
  } else {
    const euros = roundHalfUpDiv(2 * v, 2 * EURO);
    jaar = euros * 100;
    maand = (afronding === 'jaar-twaalfde-van-afgerond' ? floorDiv(euros, 12) : floorDiv(v, 12 * EURO)) * 100;
  }
  if (jaar < minimumCents) {
    jaar = 0;
    maand = 0;
  }
  for (let m = 0; m < 12; m++) out[m] = maand;
  return jaar;
}
