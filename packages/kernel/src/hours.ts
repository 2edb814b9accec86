/**
 * @module
 * Hours as integer hundredths (centiuren), as childcare hours are counted: 90,5 uur = 9,050
 * centiuren. Hours in facts and input have at most two decimals.
 */

/** Hours with at most two decimals (already checked) to whole centiuren. */
export function hoursToCentihours(hours: number): number {
  return Math.round(hours * 100);
}
