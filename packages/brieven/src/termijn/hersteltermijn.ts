/**
 * @module
 * The term to add the grounds of a pro forma objection (Awb art. 6:6: an objection that lacks a
 * requirement of art. 6:5, such as the grounds, is declared inadmissible only after the person was
 * given a term to repair it and did not use it). The law sets no length; Dienst Toeslagen gives
 * "typically 2–4 weeks" (agency practice, NOT VERIFIED in a primary source — a cited parameter that
 * needs confirmation). It is not a statutory term, so the Algemene termijnenwet does not apply; we
 * still end it on a working day, in the person's favour (a choice, not a rule of law).
 */
import type { CivilDate } from '@regelmaat/kernel';
import { dagnummerVan, uitDagnummer } from './kalender';
import { eindVolgensTermijnenwet } from './termijnenwet';

export const HERSTELTERMIJN = {
  weken: 4,
  bron: 'Awb art. 6:6; lengte volgens uitvoeringspraktijk Dienst Toeslagen (2–4 weken), niet geverifieerd',
  teBevestigen: true,
} as const;

/** The last day to add the grounds, for a request dated `gevraagdOp`. */
export function hersteltermijn(gevraagdOp: CivilDate): CivilDate {
  return uitDagnummer(eindVolgensTermijnenwet(dagnummerVan(gevraagdOp) + HERSTELTERMIJN.weken * 7).dag);
}
