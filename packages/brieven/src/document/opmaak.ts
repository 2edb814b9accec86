/**
 * @module
 * Dutch notation for letters: amounts as "€ 1.234" (whole euros) or "€ 1.234,56", dates as
 * "15 januari 2026", lists as "a, b en c".
 */
import {
  type CivilDate,
  eurocent,
  formatCivilDate,
  formatWholeEuros,
  parseCivilDate,
} from '@regelmaat/kernel';

/** "€ 1.234" for whole euros, "€ 1.234,56" otherwise; a non-breaking space after the euro sign. */
export function euro(cents: number): string {
  return formatWholeEuros(eurocent(cents));
}

/** "15 januari 2026". */
export function datum(d: CivilDate): string {
  const p = parseCivilDate(d);
  if (!p) throw new RangeError(`"${d}" is geen geldige datum (JJJJ-MM-DD)`);
  return formatCivilDate(p);
}

/** "a", "a en b", "a, b en c". */
export function opsomming(xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}`;
}

/** The toeslag name as it reads inside a sentence ("zorgtoeslag", "kindgebonden budget"). */
export function inZin(naam: string): string {
  return naam.charAt(0).toLowerCase() + naam.slice(1);
}
