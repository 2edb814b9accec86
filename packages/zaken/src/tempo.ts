/**
 * @module
 * The expected completion of a queue at the current pace (issue 17, the team-lead overview): the
 * cases closed per day over the last `dagen` days, and how many days and until which date the open
 * cases take at that pace if nothing new comes in. Pure; the counts come from `teamstand`.
 */
import { plusDagen } from './zaaktypen';

export interface Tempo {
  /** Cases closed per calendar day over the period (may be a fraction). */
  perDag: number;
  /** Days to close the open cases at this pace (rounded up); absent when nothing was closed. */
  dagenNodig?: number;
  /** `vandaag` + dagenNodig; absent when nothing was closed. */
  klaarOp?: string;
}

export function tempo(open: number, afgerondInPeriode: number, dagen: number, vandaag: string): Tempo {
  if (!Number.isInteger(dagen) || dagen < 1)
    throw new RangeError(`dagen must be a whole number from 1: ${dagen}`);
  const perDag = afgerondInPeriode / dagen;
  if (open === 0) return { perDag, dagenNodig: 0, klaarOp: vandaag };
  if (perDag === 0) return { perDag };
  const dagenNodig = Math.ceil(open / perDag);
  return { perDag, dagenNodig, klaarOp: plusDagen(vandaag, dagenNodig) };
}
