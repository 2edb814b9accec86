/**
 * @module
 * Small exact helpers the rules share: comparing an amount with a share of another amount
 * (integer arithmetic, no floating-point edge cases at the threshold), and Dutch formatting of
 * hours and months for explanations.
 */
import { MONTH_NAMES, PPM_WHOLE, type Ppm } from '@regelmaat/kernel';

/** Sign of a·b − c·d, exact for all safe integers (falls back to BigInt when a product is too large). */
function vergelijkProducten(a: number, b: number, c: number, d: number): number {
  const links = a * b;
  const rechts = c * d;
  if (Number.isSafeInteger(links) && Number.isSafeInteger(rechts)) return Math.sign(links - rechts);
  const verschil = BigInt(a) * BigInt(b) - BigInt(c) * BigInt(d);
  return verschil > 0n ? 1 : verschil < 0n ? -1 : 0;
}

/** deel > aandeel × geheel, with `aandeel` in ppm (10% = 100,000). Integers only. */
export function meerDanAandeel(deel: number, aandeel: Ppm, geheel: number): boolean {
  return vergelijkProducten(deel, PPM_WHOLE, aandeel, geheel) > 0;
}

/** deel ≥ aandeel × geheel, with `aandeel` in ppm (95% = 950,000). Integers only. */
export function minstensAandeel(deel: number, aandeel: Ppm, geheel: number): boolean {
  return vergelijkProducten(deel, PPM_WHOLE, aandeel, geheel) >= 0;
}

/** The Dutch month names, January first. */
export const MAANDEN: readonly string[] = MONTH_NAMES;

/** Name of month `index` (0 = januari); months beyond December are shown by number. */
export function maandNaam(index: number): string {
  return MAANDEN[index] ?? `maand ${index + 1}`;
}

const urenFormaat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** 12550 centihours → "125,5 uur". */
export function formatUren(centiuren: number): string {
  return `${urenFormaat.format(centiuren / 100)} uur`;
}

/** "a", "a en b", "a, b en c". */
export function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

const engelsGetal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** For the English documentation: 150000 cents → "€ 1,500". */
export function engelsBedrag(cents: number): string {
  return `€ ${engelsGetal.format(cents / 100)}`;
}

/** For the English documentation: 800 centihours → "8 hours". */
export function engelseUren(centiuren: number): string {
  return `${engelsGetal.format(centiuren / 100)} hours`;
}
