/**
 * @module
 * The cited parameters of the zienswijze before a high recovery (Awir art. 26b).
 */

/**
 * The term to respond to the zienswijze letter. Awir art. 26b lid 1 (text of 1 January 2026)
 * requires that the person can give their view before a recovery of € 1,500 or more per
 * berekeningsjaar; the law names no term. Practice is a vooraankondiging with about two weeks —
 * not verified in a primary source, so kept visible as a parameter that needs confirmation.
 */
export const ZIENSWIJZE_TERMIJN = {
  dagen: 14,
  bron: 'Awir art. 26b lid 1; reactietermijn uit de uitvoeringspraktijk (ongeveer 2 weken), niet geverifieerd',
  teBevestigen: true,
} as const;

/** The letter template the run writes the zienswijze letter with (packages/brieven). */
export const ZIENSWIJZE_SJABLOON = { id: 'zienswijzebrief', versie: 1 } as const;
