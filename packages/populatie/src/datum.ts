/**
 * @module
 * Civil dates as `YYYY-MM-DD` strings, built without Date objects (no time zones, no clock).
 */
import { daysInMonth } from '@regelmaat/kernel';

const TWEE_CIJFERS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/** `YYYY-MM-DD` for year, month (1–12) and day (1–31). */
export function datum(jaar: number, maand: number, dag: number): string {
  return `${jaar}-${TWEE_CIJFERS[maand]}-${TWEE_CIJFERS[dag]}`;
}

/** The first day of `maand` (1–12) of `jaar`; month 13 is 1 January of the next year. */
export function eersteVan(jaar: number, maand: number): string {
  return maand > 12
    ? datum(jaar + Math.floor((maand - 1) / 12), ((maand - 1) % 12) + 1, 1)
    : datum(jaar, maand, 1);
}

export { daysInMonth as dagenInMaand };

/**
 * The months (0–11) of `jaar` that the period [vanaf, tot) overlaps, as childcare counts them (per
 * calendar month, like `maandenMetOverlap` in @regelmaat/law).
 */
export function overlapMaanden(jaar: number, vanaf?: string, tot?: string): boolean[] {
  const uit = new Array<boolean>(12);
  for (let m = 0; m < 12; m++) {
    const eerste = datum(jaar, m + 1, 1);
    const laatste = datum(jaar, m + 1, daysInMonth(jaar, m + 1));
    uit[m] = (vanaf === undefined || vanaf <= laatste) && (tot === undefined || eerste < tot);
  }
  return uit;
}
