/**
 * @module
 * How much of a toeslag paid this month may be set off against a recovery (verrekening, Awir art.
 * 30), pure. The limits, each from its source:
 * - not before the six-week term to pay has passed (art. 30 with art. 28 lid 1);
 * - the toeslag is at least € 20 a month, and at least € 20 is set off (practice, Belastingdienst
 *   "verrekenen"; confirmed by two sources);
 * - never below the beslagvrije voet: the household's income this month including the toeslag,
 *   minus the offset and minus the terms of its running plans for other recoveries, stays at or
 *   above it (Rv art. 475da; the amounts are to be confirmed) — what the household pays on a plan
 *   is money it no longer has, so an offset on top of it may not take it below the minimum;
 * - never more than the toeslag or the balance;
 * - not for a recovery with a payment plan: the plan is how it is paid (our choice, so the person
 *   is never charged twice in a month).
 * The entry itself is a `verrekening` booked with `boekAf`.
 */
import { BESLAGVRIJE_VOET, type Leefsituatie } from './parameters';

export const VERREKENING = {
  minimumPerMaand: 2_000,
  bron: 'Awir art. 30; Belastingdienst "verrekenen" (minimaal € 20 per maand); Rv art. 475da',
  teBevestigen: false,
} as const;

export interface VerrekenVraag {
  saldo: number;
  /** The toeslag to be paid this month (eurocents). */
  toeslag: number;
  /** The household's other net income this month (eurocents). */
  inkomen: number;
  leefsituatie: Leefsituatie;
  betalenUiterlijk: string;
  vandaag: string;
  inRegeling: boolean;
  /** The monthly terms of the household's running plans for other recoveries (eurocents; default 0). */
  inAndereRegelingen?: number;
}

export type Verrekening =
  | { bedrag: number; reden: 'verrekend' }
  | {
      bedrag: 0;
      reden: 'termijn-loopt' | 'in-regeling' | 'niets-open' | 'toeslag-te-laag' | 'beslagvrije-voet';
    };

export function verrekenbaar(v: VerrekenVraag): Verrekening {
  const inAndere = v.inAndereRegelingen ?? 0;
  for (const [k, n] of [
    ['saldo', v.saldo],
    ['toeslag', v.toeslag],
    ['inkomen', v.inkomen],
    ['inAndereRegelingen', inAndere],
  ] as const)
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${k}: not whole cents ≥ 0`);
  if (v.saldo === 0) return { bedrag: 0, reden: 'niets-open' };
  if (v.vandaag <= v.betalenUiterlijk) return { bedrag: 0, reden: 'termijn-loopt' };
  if (v.inRegeling) return { bedrag: 0, reden: 'in-regeling' };
  if (v.toeslag < VERREKENING.minimumPerMaand) return { bedrag: 0, reden: 'toeslag-te-laag' };
  const ruimte = v.inkomen + v.toeslag - inAndere - BESLAGVRIJE_VOET[v.leefsituatie];
  const bedrag = Math.min(v.saldo, v.toeslag, ruimte);
  if (bedrag < Math.min(VERREKENING.minimumPerMaand, v.saldo))
    return { bedrag: 0, reden: 'beslagvrije-voet' };
  return { bedrag, reden: 'verrekend' };
}
