/**
 * @module
 * Settlement of the definitive calculation against the advances, per toeslag and year.
 *
 * - Awir art. 24: the advances paid are set off against the definitive amount → a nabetaling
 *   (paid in one sum) or a terugvordering (Awir art. 26).
 * - Awir art. 26a: a recovery up to the doelmatigheidsgrens (€ 118 in 2025, € 121 in 2026) is not
 *   collected. It does not apply to back-payments.
 * - The € 24 minimum (Awir art. 14 lid 5) is already part of the definitive amount.
 * Amounts in eurocents.
 */

import type { Wetgeving } from '@regelmaat/law';

/**
 * The doelmatigheidsgrens (Awir art. 26a) for settling berekeningsjaar `jaar`: the settlement is
 * made after the year, so the amount in force on 1 January of the next year.
 */
export function doelmatigheidsgrens(w: Wetgeving, jaar: number): number {
  return w.algemeen.at(`${jaar + 1}-01-01`).doelmatigheidsgrens_terugvordering;
}

export type VereffeningUitkomst = 'nabetaling' | 'terugvordering' | 'geen' | 'niet-ingevorderd';

export interface Vereffening {
  voorschotTotaal: number;
  definitief: number;
  verschil: number;
  uitkomst: VereffeningUitkomst;
  teBetalen: number;
  terugTeVorderen: number;
}

export function vereffen(
  voorschotTotaal: number,
  definitief: number,
  doelmatigheidsgrens: number,
): Vereffening {
  const verschil = definitief - voorschotTotaal;
  if (verschil > 0) {
    return {
      voorschotTotaal,
      definitief,
      verschil,
      uitkomst: 'nabetaling',
      teBetalen: verschil,
      terugTeVorderen: 0,
    };
  }
  if (verschil === 0)
    return { voorschotTotaal, definitief, verschil, uitkomst: 'geen', teBetalen: 0, terugTeVorderen: 0 };
  const terug = -verschil;
  return terug <= doelmatigheidsgrens
    ? {
        voorschotTotaal,
        definitief,
        verschil,
        uitkomst: 'niet-ingevorderd',
        teBetalen: 0,
        terugTeVorderen: 0,
      }
    : {
        voorschotTotaal,
        definitief,
        verschil,
        uitkomst: 'terugvordering',
        teBetalen: 0,
        terugTeVorderen: terug,
      };
}
