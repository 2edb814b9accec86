/**
 * @module
 * What every toeslag provides to the evaluator: how to read one month's facts from the
 * situation, the formula (one definition for the traced and the batch path), and how the year
 * amount and the monthly payments follow from the months.
 */
import type { Trace } from '@regelmaat/engine';
import type { Situatie } from './situatie/situatie';
import type { Wetgeving } from './wetgeving';

export type RegelingId = 'zorgtoeslag' | 'huurtoeslag' | 'kindgebonden_budget' | 'kinderopvangtoeslag';

/**
 * How the year amount and the monthly payments follow from the monthly results (see
 * algemeen/jaarbedrag.ts for the rules and their sources):
 * - `jaar-twaalfde-van-afgerond`: the formula gives a yearly amount per month's situation; the year
 *   is the sum of twelfths, rounded (Awir art. 14 lid 4); a month is paid the twelfth of its
 *   situation's yearly amount rounded to whole euros, rounded down (zorgtoeslag).
 * - `jaar-twaalfde-omlaag`: as above, but a month is paid the twelfth of its situation's exact yearly
 *   amount, rounded down (kindgebonden budget).
 * - `maand-omlaag`: the formula gives a monthly amount, rounded down to whole euros; the year is the
 *   sum of the months (huurtoeslag, kinderopvangtoeslag).
 */
export type Afronding = 'jaar-twaalfde-van-afgerond' | 'jaar-twaalfde-omlaag' | 'maand-omlaag';

/** Thrown when the law cannot be applied because a published value is not available. */
export class NietBerekenbaar extends Error {
  override readonly name = 'NietBerekenbaar';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Regeling<F, P> {
  readonly id: RegelingId;
  /** Dutch name for people: "Zorgtoeslag". */
  readonly naam: string;
  readonly afronding: Afronding;
  /** Id of the step that holds the formula's outcome. */
  readonly uitkomst: string;
  /**
   * False when the household has nothing this toeslag is about (no rent, no children, no childcare):
   * then the outcome is nil without evaluating, and `nietVanToepassing` says why.
   */
  vanToepassing(s: Situatie): boolean;
  readonly nietVanToepassing: string;
  /** A fresh facts object; the batch path reuses one per regeling. */
  nieuweFeiten(): F;
  /**
   * Months (bits 1..11) in which this regeling's facts may differ from the month before: a dated
   * fact it reads starts or ends, or an age it reads reaches one of its limits. Other months reuse
   * the previous outcome. Must cover every change `feiten` can see; a property test compares it
   * with evaluating all twelve months.
   */
  wijzigingen(s: Situatie, p: P): number;
  /** Fills `out` with the facts of month `maand` (0 = januari). */
  feiten(s: Situatie, maand: number, out: F): void;
  /**
   * True when two months' facts give the same outcome under parameters `p` (e.g. ages on the same
   * side of every age limit), so the months form one period.
   */
  gelijk(a: F, b: F, p: P): boolean;
  /** Copies facts (to remember the previous month). */
  kopieer(from: F, to: F): void;
  /** Parameters in force on a date (YYYY-MM-DD); throws NietBerekenbaar when the law's values are missing. */
  parameters(w: Wetgeving, datum: string): P;
  /**
   * The formula. Returns microcents: a yearly amount (afronding `jaar-*`) or a monthly amount
   * (`maand-omlaag`); 0 when a condition is not met. With a Trace every step is recorded.
   */
  bereken(f: F, p: P, t: Trace | null): number;
}
