/**
 * @module
 * Exact integer division for amounts below 2^53. Floating-point `x / y` can land a hair under a
 * whole number; these helpers correct the quotient so that legal rounding is never off by one.
 */

/** floor(num / den) for integers num and den > 0, exact for |num| < 2^53. */
export function floorDiv(num: number, den: number): number {
  let q = Math.floor(num / den);
  if ((q + 1) * den <= num) q += 1;
  else if (q * den > num) q -= 1;
  return q;
}

/** Rounds num / den half up (towards +infinity at exactly .5), for integers num and den > 0. */
export function roundHalfUpDiv(num: number, den: number): number {
  // Work with the remainder, so nothing grows beyond num itself.
  const q = floorDiv(num, den);
  const rest = num - q * den; // 0 ≤ rest < den
  return rest >= den - rest ? q + 1 : q;
}
