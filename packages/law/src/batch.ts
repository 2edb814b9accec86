/**
 * @module
 * The batch path: the same formulas and the same month loop as the traced evaluation, without
 * tracing and without allocating per household. Results go into a caller's Int32Array.
 */
import { evalueerSnel, MAAND_DATA, ParameterCache, Werkgeheugen } from './evaluatie';
import { REGELINGEN } from './regelingen';
import type { Situatie } from './situatie/situatie';
import { type Wetgeving, wetgeving } from './wetgeving';

/** Per household: for each regeling (in `REGELINGEN` order), the year amount then 12 monthly payments (eurocents). */
export const WAARDEN_PER_HUISHOUDEN = REGELINGEN.length * 13;
/** Marks a year amount that could not be computed (the law's values for that year are missing). */
export const NIET_BEREKENBAAR = -1;

export class BatchRekenaar {
  private readonly params: ParameterCache;
  private readonly geheugen: Werkgeheugen<unknown>[];
  private readonly minimum = new Map<number, number>();
  /** Values per household for the regelingen of `w`: WAARDEN_PER_HUISHOUDEN unless a test added one. */
  readonly waardenPerHuishouden: number;

  constructor(private readonly w: Wetgeving = wetgeving()) {
    this.params = new ParameterCache(w);
    this.geheugen = w.regelingen.map((r) => new Werkgeheugen(r));
    this.waardenPerHuishouden = w.regelingen.length * 13;
  }

  /** Computes one household into `out` from `offset` (`waardenPerHuishouden` values). */
  bereken(s: Situatie, out: Int32Array, offset: number): void {
    let minimum = this.minimum.get(s.jaar);
    if (minimum === undefined) {
      minimum = this.w.algemeen.at(s.jaar + MAAND_DATA[0]!).minimum_tegemoetkoming;
      this.minimum.set(s.jaar, minimum);
    }
    for (let r = 0; r < this.geheugen.length; r++) {
      const g = this.geheugen[r]!;
      const base = offset + r * 13;
      out[base] = evalueerSnel(g, s, this.params, minimum);
      for (let m = 0; m < 12; m++) out[base + 1 + m] = g.maanden[m]!;
    }
  }
}
