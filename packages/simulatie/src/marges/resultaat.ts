/**
 * @module
 * The marginal cases of a run as data: per toeslag and threshold the households within the band
 * under the baseline and under the reform, and those the reform puts on the other side — counted
 * on the workload's households, scaled to all households with a 95 % interval.
 */
import { REGELINGEN, type RegelingId } from '@regelmaat/law';
import type { Telling } from '../telling';
import { type Interval95, telInterval95 } from '../werklast/interval';
import { GRENZEN, type Grens } from './grenzen';

export interface MargeRegel {
  regeling: RegelingId;
  naam: string;
  grens: Grens['id'];
  omschrijving: string;
  /** Counted on the households of the sample (`Marges.steekproef`). */
  basis: number;
  hervorming: number;
  /** On the other side of the threshold under the reform than under the baseline. */
  kruist: number;
  /** Scaled to all households, with the 95 % interval of the sample. */
  opgehoogd: { basis: number; hervorming: number; kruist: number };
  interval95: { basis: Interval95; hervorming: Interval95; kruist: Interval95 };
}

export interface Marges {
  /** Households counted (the workload's), and the band of each threshold in words. */
  steekproef: number;
  regels: MargeRegel[];
}

/** The marginal cases of count `t`; `totaal` is the number of households scaled to. */
export function margesVan(t: Telling, totaal: number): Marges {
  const n = t.steekproef;
  const factor = n > 0 ? totaal / n : 0;
  const regels: MargeRegel[] = [];
  REGELINGEN.forEach((reg, r) => {
    GRENZEN.forEach((g, k) => {
      if (!g.regelingen.includes(reg.id)) return;
      const basis = t.marge(0, r, k);
      const hervorming = t.marge(1, r, k);
      const kruist = t.kruist(r, k);
      regels.push({
        regeling: reg.id,
        naam: reg.naam,
        grens: g.id,
        omschrijving: g.omschrijving,
        basis,
        hervorming,
        kruist,
        opgehoogd: {
          basis: Math.round(basis * factor),
          hervorming: Math.round(hervorming * factor),
          kruist: Math.round(kruist * factor),
        },
        interval95: {
          basis: telInterval95(basis, n, totaal),
          hervorming: telInterval95(hervorming, n, totaal),
          kruist: telInterval95(kruist, n, totaal),
        },
      });
    });
  });
  return { steekproef: n, regels };
}
