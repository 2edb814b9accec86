/**
 * @module
 * What every toeslag provides to the evaluator: how to read one month's facts from the
 * situation, the formula (one definition for the traced and the batch path), and how the year
 * amount and the monthly payments follow from the months.
 */
import type { ParameterSpec, StepDef, Trace } from '@regelmaat/engine';
import type { Situatie } from './situatie/situatie';
import type { Wetgeving } from './wetgeving';

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

/**
 * One toeslag, declared in its own folder beside its formula (`zorgtoeslag/zorgtoeslag.ts`) and
 * listed once in `regelingen.ts`. Everything else that names the regelingen — the parameter files
 * loaded, the batch layout, the API's and the web's choices, cases, exception rules, the benchmark —
 * is derived from that list.
 */
export interface Regeling<F, P, Id extends string = string, S extends ParameterSpec = ParameterSpec> {
  /**
   * The id stored with decisions, cases and payments and used in the API (`kindgebonden_budget`):
   * lower case, digits and `_`. It is also the prefix of its steps and parameters
   * (`kindgebonden_budget.kinderbedrag`).
   */
  readonly id: Id;
  /** Dutch name for people, as a title: "Kindgebonden budget". */
  readonly naam: string;
  /** The name inside a sentence: "kindgebonden budget". */
  readonly naamInZin: string;
  /** Short name for tables and reports: "KGB". */
  readonly kort: string;
  /** The folder of this regeling: holds `parameters.yaml` and the scenario files in `tests/`. */
  readonly map: URL;
  /** The parameters the formula needs; `parameters.yaml` in `map` is checked against it on load. */
  readonly spec: S;
  readonly afronding: Afronding;
  /** Id of the step that holds the formula's outcome. */
  readonly uitkomst: string;
  /**
   * Every step the formula can record, each citing its article: what a reviewer checks and what the
   * algorithm register lists as the legal basis (the year steps of `algemeen` are shared, not listed).
   */
  readonly stappen: readonly StepDef[];
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
  /**
   * Parameters in force on a date (YYYY-MM-DD), usually the Awir's shared ones and its own
   * (`parameterSetVan(w, this)`); throws NietBerekenbaar when the law's values are missing.
   */
  parameters(w: Wetgeving, datum: string): P;
  /**
   * The formula. Returns microcents: a yearly amount (afronding `jaar-*`) or a monthly amount
   * (`maand-omlaag`); 0 when a condition is not met. With a Trace every step is recorded.
   */
  bereken(f: F, p: P, t: Trace | null): number;
}
