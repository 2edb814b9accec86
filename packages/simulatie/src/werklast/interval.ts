/**
 * @module
 * The 95 % interval of a figure counted on n households and scaled to all households. The n
 * households are an independent draw of the generator (the snapshot's households, or every k-th of
 * them), so a scaled total T = totaal × mean(y) has standard error totaal × s / √n, with s the
 * sample standard deviation of y per household. Normal approximation (1.96); for counts near 0 it
 * is rough, and it says nothing about the model's own deviations (the calibration).
 */

/** [low, high], whole numbers, in the unit of the scaled figure. */
export type Interval95 = [number, number];

/**
 * The interval of `totaal / n × Σy` from the sums Σy and Σy² over the n counted households;
 * `eenheid` divides the result (100: eurocents → euros).
 */
export function interval95(
  som: number,
  somKwadraat: number,
  n: number,
  totaal: number,
  eenheid = 1,
): Interval95 {
  if (n <= 1) return [Number.NaN, Number.NaN];
  const gemiddelde = som / n;
  const variantie = Math.max(0, (somKwadraat - n * gemiddelde * gemiddelde) / (n - 1));
  const schatting = totaal * gemiddelde;
  const half = (1.96 * totaal * Math.sqrt(variantie)) / Math.sqrt(n);
  return [Math.round((schatting - half) / eenheid), Math.round((schatting + half) / eenheid)];
}

/** The interval of a scaled count of households (y is 0 or 1: Σy² = Σy). */
export function telInterval95(aantal: number, n: number, totaal: number): Interval95 {
  return interval95(aantal, aantal, n, totaal);
}
