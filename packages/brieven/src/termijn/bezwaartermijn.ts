/**
 * @module
 * The last day to object (bezwaartermijn) to a Toeslagen decision:
 * - the term is six weeks (Awb art. 6:7);
 * - it starts on the day after the letter date (dagtekening), not on the day after it was made
 *   known (Awir art. 35, departing from Awb art. 6:8);
 * - a statutory term that ends on a Saturday, Sunday or algemeen erkende feestdag is extended to
 *   the next day that is none of those (Algemene termijnenwet art. 1 lid 1 and art. 3).
 * Six weeks from the day after the letter date end on the letter date + 42 days (the same weekday).
 * Awir art. 35 keeps the start at the day after the dagtekening unless the letter is dated before
 * the day it was made known; the letter date is the dagtekening, so that exception is the caller's
 * (a letter is not dated in the past).
 */
import type { CivilDate } from '@regelmaat/kernel';
import { feestdagOp } from './feestdagen';
import { dagnummerVan, uitDagnummer, WEEKDAGEN, weekdag } from './kalender';

export const BEZWAARTERMIJN_WEKEN = 6;

export interface Bezwaartermijn {
  /** The first day of the term: the day after the letter date (Awir art. 35). */
  readonly eersteDag: CivilDate;
  /** Six weeks after the letter date, before any extension. */
  readonly zesWekenNaBriefdatum: CivilDate;
  /** The last day on which an objection is on time. */
  readonly laatsteDag: CivilDate;
  /** Why the last day moved, when it did: the day names that were skipped. */
  readonly verlengdOmdat?: string;
}

export function bezwaartermijn(briefdatum: CivilDate): Bezwaartermijn {
  const d = dagnummerVan(briefdatum);
  const eind = d + BEZWAARTERMIJN_WEKEN * 7;
  let laatste = eind;
  const overgeslagen: string[] = [];
  for (;;) {
    const jaar = Number(uitDagnummer(laatste).slice(0, 4));
    const feest = feestdagOp(laatste, jaar);
    const wd = weekdag(laatste);
    if (!feest && wd !== 0 && wd !== 6) break;
    overgeslagen.push(feest ? feest.naam : WEEKDAGEN[wd]!);
    laatste += 1;
  }
  return {
    eersteDag: uitDagnummer(d + 1),
    zesWekenNaBriefdatum: uitDagnummer(eind),
    laatsteDag: uitDagnummer(laatste),
    ...(overgeslagen.length ? { verlengdOmdat: overgeslagen.join(', ') } : {}),
  };
}
