/**
 * @module
 * Whether an objection came in on time (Awb art. 6:9):
 * - lid 1: on time when it was received before the end of the term;
 * - lid 2: sent by post, it is also on time when it was posted before the end of the term and
 *   received no later than one week after the term ended.
 * A late objection is never refused here: Awb art. 6:11 leaves it to a case worker whether the
 * lateness is excusable (verschoonbaar). The answer says which rule decided.
 */
import type { CivilDate } from '@regelmaat/kernel';
import { dagnummerVan } from './kalender';

/** Awb art. 6:9 lid 2: received at most one week after the term ended. */
export const POST_NALOOP_DAGEN = 7;

export type Tijdigheid =
  | { readonly tijdig: true; readonly grond: 'ontvangen-binnen-termijn' | 'op-tijd-gepost' }
  | {
      readonly tijdig: false;
      /** Days after the last day of the term it was received. */
      readonly dagenTeLaat: number;
      readonly grond: 'te-laat-ontvangen' | 'te-laat-gepost' | 'gepost-maar-te-laat-ontvangen';
    };

export interface Indiening {
  /** The last day of the objection term (`bezwaartermijn(…).laatsteDag`). */
  readonly laatsteDag: CivilDate;
  /** The day it was received. */
  readonly ontvangenOp: CivilDate;
  /** For a letter by post: the day it was posted (the postmark), when known. */
  readonly gepostOp?: CivilDate;
}

export function tijdigheid(i: Indiening): Tijdigheid {
  const eind = dagnummerVan(i.laatsteDag);
  const ontvangen = dagnummerVan(i.ontvangenOp);
  if (ontvangen <= eind) return { tijdig: true, grond: 'ontvangen-binnen-termijn' };
  const dagenTeLaat = ontvangen - eind;
  if (i.gepostOp === undefined) return { tijdig: false, dagenTeLaat, grond: 'te-laat-ontvangen' };
  const gepost = dagnummerVan(i.gepostOp);
  if (gepost > ontvangen)
    throw new RangeError(`gepost op ${i.gepostOp} ligt na ontvangen op ${i.ontvangenOp}`);
  if (gepost > eind) return { tijdig: false, dagenTeLaat, grond: 'te-laat-gepost' };
  return dagenTeLaat <= POST_NALOOP_DAGEN
    ? { tijdig: true, grond: 'op-tijd-gepost' }
    : { tijdig: false, dagenTeLaat, grond: 'gepost-maar-te-laat-ontvangen' };
}
