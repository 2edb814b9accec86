/**
 * @module
 * The batch path: the same formulas and the same month loop as the traced evaluation, without
 * tracing and without allocating per household. Results go into a caller's `Bedragen`, read by
 * toeslag through its accessors (never by hand-computed offsets).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Eurocent } from '@regelmaat/kernel';
import { evalueerSnel, MAAND_DATA, ParameterCache, Werkgeheugen } from './evaluatie';
import { NietBerekenbaar } from './regeling';
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

  /**
   * Sets the year amount of toeslag `r` (eurocents, or NIET_BEREKENBAAR) without its monthly
   * payments: for a caller that reads only year amounts and took this one from elsewhere.
   */
  zetJaarbedrag(r: number, huishouden: number, waarde: number): void {
    this.waarden[huishouden * this.perHuishouden + r * PER_REGELING] = waarde;
  }

  /** Copies toeslag `r`'s year amount and monthly payments of household `van` to household `naar`. */
  kopieer(r: number, van: number, naar: number): void {
    const begin = van * this.perHuishouden + r * PER_REGELING;
    this.waarden.copyWithin(naar * this.perHuishouden + r * PER_REGELING, begin, begin + PER_REGELING);
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

  /**
   * Computes one household into `uit` (made for this law's regelingen), as its household number
   * `huishouden`. With `welke`, only the regelingen r with `welke[r] !== 0`; the others' values in
   * `uit` are left as they are (a reform run copies them from a law that computes them the same,
   * see `zelfdeBerekening`).
   */
  bereken(s: Situatie, uit: Bedragen, huishouden = 0, welke?: Uint8Array): void {
    let minimum = this.minimum.get(s.jaar);
    if (minimum === undefined) {
      minimum = this.w.algemeen.at(s.jaar + MAAND_DATA[0]!).minimum_tegemoetkoming;
      this.minimum.set(s.jaar, minimum);
    }
    const out = uit.waarden;
    const offset = huishouden * uit.perHuishouden;
    for (let r = 0; r < this.geheugen.length; r++) {
      if (welke !== undefined && welke[r] === 0) continue;
      const g = this.geheugen[r]!;
      const base = offset + r * PER_REGELING;
      out[base] = evalueerSnel(g, s, this.params, minimum);
      for (let m = 0; m < 12; m++) out[base + 1 + m] = g.maanden[m]!;
    }
  }
}

/** The 12 monthly parameter sets of regeling `r` in `jaar` under `w`, or the message why there are none. */
function maandParameters(w: Wetgeving, r: number, jaar: number): unknown {
  const regeling = w.regelingen[r]!;
  try {
    return MAAND_DATA.map((d) => regeling.parameters(w, jaar + d));
  } catch (e) {
    if (e instanceof NietBerekenbaar) return { nietBerekenbaar: e.message };
    throw e;
  }
}

function minimumVan(w: Wetgeving, jaar: number): unknown {
  try {
    return w.algemeen.at(jaar + MAAND_DATA[0]!).minimum_tegemoetkoming;
  } catch (e) {
    return { fout: (e as Error).message };
  }
}

/**
 * True when regeling `r` (its index in the laws' lists) gives every household of year `jaar` the
 * same amounts under law `a` as under law `b`: the same formula (the same Regeling object: a variant
 * module is another one), the same parameters in each of the twelve months (as its formula receives
 * them, compared value by value) and the same minimum amount. Then a batch run may compute it under
 * one law and take its amounts for the other: the batch path reads nothing else of the law.
 */
export function zelfdeBerekening(a: Wetgeving, b: Wetgeving, r: number, jaar: number): boolean {
  if (a === b) return true;
  if (a.regelingen[r] !== b.regelingen[r]) return false;
  if (!isDeepStrictEqual(minimumVan(a, jaar), minimumVan(b, jaar))) return false;
  return isDeepStrictEqual(maandParameters(a, r, jaar), maandParameters(b, r, jaar));
}
