/**
 * @module
 * Invorderingsrente (Awir art. 29 → Invorderingswet 1990 art. 28), pure: simple interest on an open
 * amount for each day from the day after the last day to pay up to and including the day it is
 * paid, at the rate of that day's calendar year (`INVORDERINGSRENTE`), over a year of 365 or 366
 * days. Rounded down to whole cents once, at the end (in the person's favour; the rounding rule of
 * the Invorderingswet was not verified). Not booked yet: whether rente runs during a plan depends on
 * the debt's regime (Awir art. 29a, 2025 text), which the reference leaves open.
 */
import { daysInMonth, isLeapYear } from '@regelmaat/kernel';
import { renteVoorJaar } from './parameters';

export interface RenteDeel {
  jaar: number;
  dagen: number;
  /** Basis points. */
  tarief: number;
}

export interface Rente {
  /** Eurocents, rounded down. */
  bedrag: number;
  delen: RenteDeel[];
}

const dagnummer = (d: string) =>
  Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

/**
 * Interest on `bedrag` (eurocents ≥ 0) for the days `van` through `tot` (YYYY-MM-DD, inclusive). Nil
 * when `tot` is before `van`. Throws RangeError for a year without a cited rate.
 */
export function invorderingsrente(bedrag: number, van: string, tot: string): Rente {
  if (!Number.isSafeInteger(bedrag) || bedrag < 0) throw new RangeError('amount: not whole cents ≥ 0');
  const delen: RenteDeel[] = [];
  let rente = 0;
  const a = dagnummer(van);
  const b = dagnummer(tot);
  if (Number.isNaN(a) || Number.isNaN(b)) throw new RangeError('not a civil date');
  for (let jaar = Number(van.slice(0, 4)); jaar <= Number(tot.slice(0, 4)); jaar++) {
    const begin = Math.max(a, dagnummer(`${jaar}-01-01`));
    const eind = Math.min(b, dagnummer(`${jaar}-12-${daysInMonth(jaar, 12)}`));
    const dagen = eind - begin + 1;
    if (dagen <= 0) continue;
    const tarief = renteVoorJaar(jaar);
    if (tarief === undefined) throw new RangeError(`no invorderingsrente cited for ${jaar}`);
    delen.push({ jaar, dagen, tarief });
    rente += (bedrag * tarief * dagen) / (10_000 * (isLeapYear(jaar) ? 366 : 365));
  }
  return { bedrag: Math.floor(rente + 1e-9), delen };
}
