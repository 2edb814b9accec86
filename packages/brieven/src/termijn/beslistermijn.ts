/**
 * @module
 * The term to decide on an objection (Awb art. 7:10):
 * - lid 1: six weeks, or twelve weeks when an advisory committee (art. 7:13) is used, counted from
 *   the day after the objection term ended. An objection received after that day (on time by post,
 *   Awb 6:9 lid 2, or late and excused, 6:11) cannot be decided before it exists: then the term
 *   counts from the day after receipt (our reading; the article names only the first case);
 * - lid 2: the term is suspended while the person is given a term to repair a defect (Awb 6:6, e.g.
 *   the grounds of a pro forma objection), until the day of repair or the day that term ran out;
 * - lid 3: the decision may be postponed (verdaagd) once, by at most six weeks, with a letter;
 * - the end is moved to a working day (Algemene termijnenwet art. 1 lid 1).
 * The extension counts from the end before that move (the earlier day: never a longer term than
 * the article gives).
 */
import type { CivilDate } from '@regelmaat/kernel';
import { dagnummerVan, uitDagnummer } from './kalender';
import { eindVolgensTermijnenwet } from './termijnenwet';

export const BESLISTERMIJN_WEKEN = 6;
export const BESLISTERMIJN_ADVIESCOMMISSIE_WEKEN = 12;
export const VERDAGING_WEKEN = 6;

export interface BeslistermijnInvoer {
  /** The last day of the objection term. */
  readonly laatsteDagBezwaartermijn: CivilDate;
  readonly ontvangenOp: CivilDate;
  /** Awb 7:13: an advisory committee hears the objection. */
  readonly adviescommissie?: boolean;
  /** Awb 7:10 lid 2: the day the person was asked to repair a defect, and the day it ended. */
  readonly opschorting?: { readonly van: CivilDate; readonly tot: CivilDate };
  /** Awb 7:10 lid 3: the decision was postponed once. */
  readonly verdaagd?: boolean;
}

export interface Beslistermijn {
  /** The first day of the term. */
  readonly eersteDag: CivilDate;
  /** Days the term was suspended (lid 2). */
  readonly opgeschortDagen: number;
  /** The last day without a postponement. */
  readonly zonderVerdaging: CivilDate;
  /** The last day with the one postponement of six weeks (lid 3): what `verdagen` would give. */
  readonly metVerdaging: CivilDate;
  /** The last day to decide: `metVerdaging` when postponed, else `zonderVerdaging`. */
  readonly laatsteDag: CivilDate;
  readonly verlengdOmdat?: string;
}

export function beslistermijn(i: BeslistermijnInvoer): Beslistermijn {
  const start = Math.max(dagnummerVan(i.laatsteDagBezwaartermijn), dagnummerVan(i.ontvangenOp)) + 1;
  let opgeschort = 0;
  if (i.opschorting) {
    opgeschort = dagnummerVan(i.opschorting.tot) - dagnummerVan(i.opschorting.van);
    if (opgeschort < 0)
      throw new RangeError(`opschorting: ${i.opschorting.tot} ligt voor ${i.opschorting.van}`);
  }
  const weken = i.adviescommissie ? BESLISTERMIJN_ADVIESCOMMISSIE_WEKEN : BESLISTERMIJN_WEKEN;
  const ruw = start - 1 + weken * 7 + opgeschort;
  const zonder = eindVolgensTermijnenwet(ruw);
  const met = eindVolgensTermijnenwet(ruw + VERDAGING_WEKEN * 7);
  const gekozen = i.verdaagd ? met : zonder;
  return {
    eersteDag: uitDagnummer(start),
    opgeschortDagen: opgeschort,
    zonderVerdaging: uitDagnummer(zonder.dag),
    metVerdaging: uitDagnummer(met.dag),
    laatsteDag: uitDagnummer(gekozen.dag),
    ...(gekozen.verlengdOmdat ? { verlengdOmdat: gekozen.verlengdOmdat } : {}),
  };
}
