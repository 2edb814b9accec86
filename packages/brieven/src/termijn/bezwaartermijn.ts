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
import { dagnummerVan, uitDagnummer } from './kalender';
import { eindVolgensTermijnenwet } from './termijnenwet';

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
  const t = eindVolgensTermijnenwet(eind);
  return {
    eersteDag: uitDagnummer(d + 1),
    zesWekenNaBriefdatum: uitDagnummer(eind),
    laatsteDag: uitDagnummer(t.dag),
    ...(t.verlengdOmdat ? { verlengdOmdat: t.verlengdOmdat } : {}),
  };
}

/**
 * The term to appeal to the court (beroep) against a decision on an objection: six weeks (Awb
 * art. 6:7), from the day after the letter date of the decision on the objection (Awir art. 36,
 * departing from Awb art. 6:8), ended per the Algemene termijnenwet. The same count as the
 * objection term.
 */
export function beroepstermijn(briefdatum: CivilDate): Bezwaartermijn {
  return bezwaartermijn(briefdatum);
}
