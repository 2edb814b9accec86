/**
 * @module
 * Money as integer eurocents. Amounts the law computes with a rate carry fractions of a cent;
 * those are kept exact as integer micro-cents (1 cent = 1,000,000 microcent) until a rounding
 * step that the law names turns them back into whole cents or euros.
 */

import type { Eenheid } from './eenheid';

/** An amount in whole eurocents: the unit of money everywhere inside Regelmaat. */
export type Eurocent = Eenheid<'Eurocent'>;
/** An exact intermediate amount: eurocents × 1,000,000 (rate in ppm × eurocents). */
export type Microcent = Eenheid<'Microcent'>;
/**
 * An amount in euros, at most two decimals: only at the edges that speak euros (the household
 * input format, what people type, the parameter files). Converted once with `eurosToCents`.
 */
export type Euro = Eenheid<'Euro'>;

/** A whole number of eurocents known to be one (a stored column, a batch column, a named rounding's result). */
export function eurocent(n: number): Eurocent {
  return n as Eurocent;
}

/** An exact microcent amount known to be one. */
export function microcent(n: number): Microcent {
  return n as Microcent;
}

export const MICRO_PER_CENT = 1_000_000;
export const CENTS_PER_EURO = 100;

/** True when `euros` is a finite amount with at most two decimals. */
export function isEuroAmount(euros: number): boolean {
  if (!Number.isFinite(euros)) return false;
  const scaled = euros * 100;
  // × 100 may be off by a few units in the last place; allow that, relative to the size.
  return Math.abs(Math.round(scaled) - scaled) <= Math.max(1e-6, Math.abs(scaled) * 4 * Number.EPSILON);
}

/** Converts a euro amount with at most two decimals (as written by people) into eurocents. */
export function eurosToCents(euros: Euro | number): Eurocent {
  if (!isEuroAmount(euros))
    throw new RangeError(`${euros} is not an amount in euros with at most two decimals`);
  return Math.round(euros * 100) as Eurocent;
}

/**
 * Eurocents to euros, for the edges that speak euros (the household input format, the snapshot).
 * Exact in the sense that matters: `n / 100` is the same double as the decimal literal people
 * write (1999 / 100 === 19.99), so a snapshot built from cents hashes as one built from euros.
 */
export function centsToEuros(cents: Eurocent): Euro {
  return (cents / CENTS_PER_EURO) as Euro;
}

/**
 * A euro amount that was already checked when it came in (a stored fact, a parameter file), to
 * eurocents: rounded to the nearest cent. Not a rounding of the law — it only absorbs the binary
 * representation of a two-decimal amount (19.99 × 100 = 1998.9999…). What people type goes through
 * `eurosToCents`, which refuses a third decimal.
 */
export function storedEurosToCents(euros: Euro | number): Eurocent {
  return Math.round(euros * CENTS_PER_EURO) as Eurocent;
}

/**
 * Rounding outside the law, named: an exact microcent amount to the nearest whole cent, half up.
 * For display and for comparing with stored cents only; a rounding the law prescribes is a step
 * of the regeling that cites its article.
 */
export function microcentsToCentsForDisplay(micro: Microcent | number): Eurocent {
  return Math.floor((micro + MICRO_PER_CENT / 2) / MICRO_PER_CENT) as Eurocent;
}

/** Rounding outside the law, named: microcents cut to whole cents toward zero, for display only. */
export function microcentsToCentsTruncated(micro: Microcent | number): Eurocent {
  return Math.trunc(micro / MICRO_PER_CENT) as Eurocent;
}

const euroFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const wholeEuroFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

// The pieces of Intl's own notation, read once (ICU versions differ in the space after €).
const POSITIEF = euroFormat.format(1).slice(0, -4);
const NEGATIEF = euroFormat.format(-1).slice(0, -4);
const VOORBEELD = euroFormat.format(1234.5);
const GROEP = VOORBEELD.charAt(POSITIEF.length + 1);
const DECIMAAL = VOORBEELD.charAt(VOORBEELD.length - 3);

/** 1234567 → `1.234.567` (Dutch thousands separator). */
function groepeer(n: number): string {
  const s = String(n);
  if (s.length <= 3) return s;
  let i = s.length % 3 || 3;
  let uit = s.slice(0, i);
  for (; i < s.length; i += 3) uit += GROEP + s.slice(i, i + 3);
  return uit;
}

/**
 * `€ 1.234,56` — Dutch notation, cents shown. Whole cents are formatted by hand (an explanation tree
 * formats hundreds of amounts; Intl.NumberFormat was an eighth of its cost); a property test checks
 * the result equals Intl.NumberFormat('nl-NL') for every amount.
 */
export function formatCents(cents: Eurocent): string {
  if (!Number.isSafeInteger(cents) || Object.is(cents, -0)) return euroFormat.format(cents / 100);
  const a = Math.abs(cents);
  const c = a % 100;
  return `${cents < 0 ? NEGATIEF : POSITIEF}${groepeer((a - c) / 100)}${DECIMAAL}${c < 10 ? '0' : ''}${c}`;
}

/** The same, always through Intl.NumberFormat (the reference the fast path is tested against). */
export function formatCentsIntl(cents: Eurocent): string {
  return euroFormat.format(cents / 100);
}

/** `€ 1.235` for an amount in whole euros expressed in cents. */
export function formatWholeEuros(cents: Eurocent): string {
  return cents % 100 === 0 ? wholeEuroFormat.format(cents / 100) : formatCents(cents);
}

/** Shows an exact microcent amount rounded half up to cents, for display only. */
export function formatMicrocents(micro: Microcent | number): string {
  return formatCents(microcentsToCentsForDisplay(micro));
}

/**
 * Shows an exact microcent amount cut to whole cents (toward zero), for display only: for a value
 * that is rounded to whole euros next, the cents shown then round the same way as the exact value
 * (€ 445,9999 shows € 445,99 and is paid as € 445, never "€ 446,00").
 */
export function formatMicrocentsAfgekapt(micro: Microcent | number): string {
  return formatCents(microcentsToCentsTruncated(micro));
}
