/**
 * @module
 * Which sentences the change preview says about one toeslag (issue 16: the preview tells the truth
 * in every month). Pure: from the effect's values alone, so a property test can check that each
 * sentence is true for its values.
 *
 * - `voorkomen` (reporting now avoids paying back X): only while a month is left to pay and X is at
 *   least {@link MERKBAAR_VERSCHIL}. In December nothing can be avoided.
 * - `terugNaJaar` (after the year you will probably pay back X): only when X is above the
 *   doelmatigheidsgrens (Awir art. 26a); at or below it `terugKlein`: too much was paid, but an
 *   amount that small is not recovered.
 * - `extra` / `extraNaJaar` (you get X more, over the months left / after the year): only when X is
 *   at least {@link MERKBAAR_VERSCHIL}.
 * - `klein`: the year amount changes by less than {@link MERKBAAR_VERSCHIL} — said as such, never
 *   as "U krijgt € 4 meer".
 * - `gelijk`: the year amount stays the same.
 */
import { type Eurocent, eurocent } from '@regelmaat/kernel';
import type { WijzigingsEffect } from './voorschot-herzien';

/**
 * Product choice, not law: a change of less than € 12 a year (€ 1 a month) is not announced as
 * more or less money. Such differences are mostly rounding remainders of the monthly schedule
 * (whole euros per month, `nieuwSchema`), settled after the year anyway.
 */
export const MERKBAAR_VERSCHIL: Eurocent = eurocent(1_200);

export type Zin =
  | { soort: 'voorkomen'; bedrag: number }
  | { soort: 'terugNaJaar'; bedrag: number }
  | { soort: 'terugKlein'; bedrag: number; grens: number }
  | { soort: 'extra'; bedrag: number }
  | { soort: 'extraNaJaar'; bedrag: number }
  | { soort: 'klein' }
  | { soort: 'gelijk' };

/** The values of an effect the sentences are chosen by (a preview's, or a message's stored effect). */
export type EffectWaarden = Pick<
  WijzigingsEffect,
  | 'jaarbedragNu'
  | 'jaarbedragNieuw'
  | 'volgendeMaand'
  | 'voorkomenTerugvordering'
  | 'terugvorderingNaJaar'
  | 'extra'
> & { maatwerk?: unknown };

/** The sentences for one effect; `doelmatigheidsgrens` of the year (Awir art. 26a, eurocents). */
export function effectZinnen(e: EffectWaarden, doelmatigheidsgrens: number): Zin[] {
  if (e.maatwerk) return [];
  const zinnen: Zin[] = [];
  if (e.volgendeMaand && e.voorkomenTerugvordering >= MERKBAAR_VERSCHIL)
    zinnen.push({ soort: 'voorkomen', bedrag: e.voorkomenTerugvordering });
  if (e.terugvorderingNaJaar > doelmatigheidsgrens)
    zinnen.push({ soort: 'terugNaJaar', bedrag: e.terugvorderingNaJaar });
  else if (e.terugvorderingNaJaar > 0)
    zinnen.push({ soort: 'terugKlein', bedrag: e.terugvorderingNaJaar, grens: doelmatigheidsgrens });
  if (e.extra >= MERKBAAR_VERSCHIL)
    zinnen.push({ soort: e.volgendeMaand ? 'extra' : 'extraNaJaar', bedrag: e.extra });
  if (zinnen.length === 0) {
    if (e.jaarbedragNieuw === e.jaarbedragNu) zinnen.push({ soort: 'gelijk' });
    else if (Math.abs(e.jaarbedragNieuw - e.jaarbedragNu) < MERKBAAR_VERSCHIL)
      zinnen.push({ soort: 'klein' });
  }
  return zinnen;
}
