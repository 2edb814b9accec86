/**
 * @module
 * Rates (percentages) as integer parts per million of the whole, so that a rate times an amount
 * in cents is an exact integer number of microcents.
 */

import type { Eenheid } from './eenheid';

/** A rate in parts per million: 1.896% = 18,960 ppm; 100% = 1,000,000 ppm. */
export type Ppm = Eenheid<'Ppm'>;

/** A whole number of ppm known to be one (a stored or computed rate). */
export function ppm(n: number): Ppm {
  return n as Ppm;
}

export const PPM_WHOLE = 1_000_000;

/** 1.896 (percent) → 18960 ppm. Throws when the percentage has more than four decimals. */
export function percentToPpm(percent: number): Ppm {
  const waarde = Math.round(percent * 10_000);
  if (!Number.isFinite(percent) || Math.abs(waarde - percent * 10_000) > 1e-6) {
    throw new RangeError(`${percent}% cannot be represented exactly in parts per million`);
  }
  return waarde as Ppm;
}

const percentFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 });

/** 18960 ppm → "1,896%" in Dutch notation. */
export function formatPpm(rate: Ppm | number): string {
  return `${percentFormat.format(rate / 10_000)}%`;
}
