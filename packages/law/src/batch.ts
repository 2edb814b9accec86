/**
 * @module
 * The batch path: the same formulas and the same month loop as the traced evaluation, without
 * tracing and without allocating per household. Results go into a caller's `Bedragen`, read by
 * toeslag through its accessors (never by hand-computed offsets).
 */
import type { Eurocent } from '@regelmaat/kernel';
import { evalueerSnel, MAAND_DATA, ParameterCache, Werkgeheugen } from './evaluatie';
import { REGELINGEN, type RegelingId } from './regelingen';
import type { Situatie } from './situatie/situatie';
import { type Wetgeving, wetgeving } from './wetgeving';

/** Per toeslag: the year amount, then 12 monthly payments. */
const PER_REGELING = 13;
/** Per household: for each toeslag (REGELINGEN order) the year amount then 12 monthly payments (eurocents). */
export const WAARDEN_PER_HUISHOUDEN = REGELINGEN.length * PER_REGELING;
/** Marks a year amount that could not be computed (the law's values for that year are missing). */
export const NIET_BEREKENBAAR = -1;

/** The index of a toeslag in REGELINGEN (the order of `Bedragen`); throws on an unknown id. */
export function regelingIndex(id: RegelingId | string): number {
  const i = REGELINGEN.findIndex((r) => r.id === id);
  if (i < 0) throw new RangeError(`onbekende regeling: ${id}`);
  return i;
}

/**
 * The batch path's amounts of one or more households (eurocents): per household and per toeslag
 * (its index in REGELINGEN) the year amount and the twelve monthly payments. One flat Int32Array,
 * so a batch of households allocates once; reused across households, its values are those of the
 * last computation.
 */
export class Bedragen {
  readonly waarden: Int32Array;
  /** Values per household: 13 per regeling (WAARDEN_PER_HUISHOUDEN for the law's list). */
  readonly perHuishouden: number;

  /**
   * Room for `huishoudens` households of `regelingen` regelingen each: the law's list, unless a
   * test added a regeling of its own (then take them from `BatchRekenaar.nieuweBedragen`).
   */
  constructor(
    readonly huishoudens = 1,
    regelingen = REGELINGEN.length,
  ) {
    this.perHuishouden = regelingen * PER_REGELING;
    this.waarden = new Int32Array(huishoudens * this.perHuishouden);
  }

  /** The year amount of toeslag `r` (eurocents), or NIET_BEREKENBAAR. */
  jaarbedrag(r: number, huishouden = 0): Eurocent {
    return this.waarden[huishouden * this.perHuishouden + r * PER_REGELING]! as Eurocent;
  }

  /** The year amount of toeslag `r` (eurocents), with nothing (0) where it could not be computed. */
  toegekend(r: number, huishouden = 0): Eurocent {
    return Math.max(0, this.jaarbedrag(r, huishouden)) as Eurocent;
  }

  /** Whether toeslag `r` could be computed (the law's values of the year are there). */
  berekenbaar(r: number, huishouden = 0): boolean {
    return this.jaarbedrag(r, huishouden) !== NIET_BEREKENBAAR;
  }

  /** The twelve monthly payments of toeslag `r` (index 0 = januari): a view, valid until the next computation. */
  maandbedragen(r: number, huishouden = 0): Int32Array {
    const begin = huishouden * this.perHuishouden + r * PER_REGELING + 1;
    return this.waarden.subarray(begin, begin + 12);
  }
}

export class BatchRekenaar {
  private readonly params: ParameterCache;
  private readonly geheugen: Werkgeheugen<unknown>[];
  private readonly minimum = new Map<number, number>();
  /** Values per household for the regelingen of `w`: WAARDEN_PER_HUISHOUDEN unless a test added one. */
  readonly waardenPerHuishouden: number;

  constructor(private readonly w: Wetgeving = wetgeving()) {
    this.params = new ParameterCache(w);
    this.geheugen = w.regelingen.map((r) => new Werkgeheugen(r));
    this.waardenPerHuishouden = w.regelingen.length * PER_REGELING;
  }

  /** Room for the amounts of `huishoudens` households of this law's regelingen. */
  nieuweBedragen(huishoudens = 1): Bedragen {
    return new Bedragen(huishoudens, this.geheugen.length);
  }

  /** Computes one household into `uit` (made for this law's regelingen), as its household number `huishouden`. */
  bereken(s: Situatie, uit: Bedragen, huishouden = 0): void {
    let minimum = this.minimum.get(s.jaar);
    if (minimum === undefined) {
      minimum = this.w.algemeen.at(s.jaar + MAAND_DATA[0]!).minimum_tegemoetkoming;
      this.minimum.set(s.jaar, minimum);
    }
    const out = uit.waarden;
    const offset = huishouden * uit.perHuishouden;
    for (let r = 0; r < this.geheugen.length; r++) {
      const g = this.geheugen[r]!;
      const base = offset + r * PER_REGELING;
      out[base] = evalueerSnel(g, s, this.params, minimum);
      for (let m = 0; m < 12; m++) out[base + 1 + m] = g.maanden[m]!;
    }
  }
}
