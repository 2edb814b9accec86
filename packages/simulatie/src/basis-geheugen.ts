/**
 * @module
 * The baseline of a snapshot kept between runs (issue 18, the speed goal). Under the baseline law
 * a household's amounts do not depend on the reform, so a thread of a warm pool computes them once
 * per (snapshot, range, baseline law) and keeps, per household and regeling, the year amount and
 * whether the regeling applies to the household (`vanToepassing`, which reads only the household,
 * never the law's values). A later run with the same key reads them instead of computing, and
 * computes only the reform's side (see `rekenBereik`).
 */

/** The baseline's year amounts and applicability of households `van … tot`, under one key. */
export class BasisGeheugen {
  /** Per household (i − van) and regeling r: the year amount at (i − van) × regelingen + r. */
  readonly jaarbedragen: Int32Array;
  /** Per household: bit r set when regeling r applies to it. */
  readonly vanToepassing: Uint8Array;
  /** Households filled so far (a run that stopped halfway leaves it unusable). */
  gevuld = 0;
  /**
   * The counts of these households as if every scenario were the baseline (a one-scenario
   * `Telling`'s values): a run adds them at once and corrects only the households that change.
   */
  telling: Float64Array | null = null;

  constructor(
    readonly sleutel: string,
    readonly van: number,
    readonly tot: number,
    readonly regelingen: number,
  ) {
    if (regelingen > 8) throw new RangeError('het basisgeheugen houdt ten hoogste 8 regelingen bij');
    this.jaarbedragen = new Int32Array((tot - van) * regelingen);
    this.vanToepassing = new Uint8Array(tot - van);
  }

  /** Whether it holds the whole baseline of `sleutel`. */
  heeft(sleutel: string): boolean {
    return this.sleutel === sleutel && this.gevuld === this.tot - this.van && this.telling !== null;
  }

  /** Bytes held. */
  get grootte(): number {
    return this.jaarbedragen.byteLength + this.vanToepassing.byteLength + (this.telling?.byteLength ?? 0);
  }
}

/**
 * The key of a baseline: the snapshot (an id the main thread gives each snapshot object it runs
 * on, so another snapshot, even of the same size and seed, never matches), the range and the
 * baseline law's version (a hash of its parameter texts, with its variant modules).
 */
export function basisSleutel(populatieId: number, van: number, tot: number, basisVersie: string): string {
  return `${populatieId}:${van}-${tot}:${basisVersie}`;
}

const ids = new WeakMap<object, number>();
let volgende = 1;

/** A number for this snapshot object (its buffer), the same for as long as it lives in this process. */
export function populatieId(buffer: object): number {
  let id = ids.get(buffer);
  if (id === undefined) {
    id = volgende++;
    ids.set(buffer, id);
  }
  return id;
}
