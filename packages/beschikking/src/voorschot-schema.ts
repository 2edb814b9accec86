/**
 * @module
 * The advance schedule after a new advance decision within the year (Awir art. 16 lid 1: the
 * advance is set again when the expected amount changes). Payments already made stay as they
 * were; what remains is settled in the definitive calculation.
 */
import { type Eurocent, eurocent } from '@regelmaat/kernel';

/**
 * The new payment schedule: months already paid keep what was paid; the rest of the new year
 * amount is spread evenly over the months not yet paid (whole euros; the last month takes the
 * remainder). Never negative: what was paid too much is settled in the definitive calculation.
 */
export function nieuwSchema(jaarbedrag: number, betaald: readonly (number | null)[]): Eurocent[] {
  const betaaldTotaal = betaald.reduce<number>((s, b) => s + (b ?? 0), 0);
  const open = betaald.map((b, i) => (b === null ? i : -1)).filter((i) => i >= 0);
  const rest = Math.max(0, jaarbedrag - betaaldTotaal);
  const perMaand = open.length > 0 ? Math.floor(rest / open.length / 100) * 100 : 0;
  return betaald.map((b, i) => {
    if (b !== null) return eurocent(b);
    return eurocent(i === open.at(-1) ? rest - perMaand * (open.length - 1) : perMaand);
  });
}
