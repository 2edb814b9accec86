/**
 * @module
 * A small seeded pseudo-random generator (sfc32, seeded through a 32-bit mixing function) with
 * the draws the population generator needs. Deterministic: the same seed parts give the same
 * sequence on every machine. No Math.random, no clock.
 *
 * One `Rng` can be reseeded (`zaai`) for every household, so generating millions of households
 * allocates no generator objects.
 */

/** A 32-bit integer hash (the "lowbias32" finaliser): mixes all input bits into all output bits. */
export function meng32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

const TWEE_TOT_32 = 4294967296;

/** A point of a distribution given by percentiles: `[p, waarde]`, p in 0…1, increasing. */
export type Percentielpunt = readonly [p: number, waarde: number];

/**
 * The value at cumulative probability `u` of a distribution known by its percentiles, by linear
 * interpolation between the points. Below the first point the line to `(0, minimum)` is used; above
 * the last point a Pareto tail with index `staart` (> 1) through the last point, so a few large
 * values occur without an upper bound being invented.
 */
export function uitPercentielen(
  punten: readonly Percentielpunt[],
  u: number,
  minimum: number,
  staart: number,
): number {
  const eerste = punten[0]!;
  if (u <= eerste[0]) return minimum + ((eerste[1] - minimum) * u) / eerste[0];
  for (let i = 1; i < punten.length; i++) {
    const b = punten[i]!;
    if (u <= b[0]) {
      const a = punten[i - 1]!;
      return a[1] + ((b[1] - a[1]) * (u - a[0])) / (b[0] - a[0]);
    }
  }
  const laatste = punten[punten.length - 1]!;
  // Pareto above the last point: P(X > x) = (1 − p) · (x / x_p)^−staart.
  return laatste[1] * ((1 - u) / (1 - laatste[0])) ** (-1 / staart);
}

export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed = 0, stroom = 0, deel = 0) {
    this.zaai(seed, stroom, deel);
  }

  /** Restarts the sequence from three 32-bit seed parts (e.g. seed, household index, year). */
  zaai(seed: number, stroom = 0, deel = 0): this {
    this.a = meng32(seed ^ 0x9e3779b9);
    this.b = meng32((stroom + this.a) | 0);
    this.c = meng32((deel ^ this.b) + 0x632be5ab);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.volgende32();
    return this;
  }

  /** The next 32-bit unsigned integer (sfc32). */
  volgende32(): number {
    const t0 = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    const t = (t0 + this.d) | 0;
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  volgende(): number {
    return this.volgende32() / TWEE_TOT_32;
  }

  /** Uniform in [van, tot). */
  uniform(van: number, tot: number): number {
    return van + (tot - van) * this.volgende();
  }

  /** Uniform integer in [van, totEnMet]. */
  geheel(van: number, totEnMet: number): number {
    return van + Math.floor(this.volgende() * (totEnMet - van + 1));
  }

  /** True with probability `p`. */
  kans(p: number): boolean {
    return this.volgende() < p;
  }

  /** An index into `gewichten`, chosen with probability proportional to its weight. */
  kies(gewichten: readonly number[]): number {
    let totaal = 0;
    for (let i = 0; i < gewichten.length; i++) totaal += gewichten[i]!;
    let u = this.volgende() * totaal;
    for (let i = 0; i < gewichten.length; i++) {
      u -= gewichten[i]!;
      if (u < 0) return i;
    }
    return gewichten.length - 1;
  }

  /** Standard normal (Box–Muller; one value per call, no cached second value). */
  normaal(gemiddelde = 0, sd = 1): number {
    const u = 1 - this.volgende(); // (0, 1]
    const v = this.volgende();
    return gemiddelde + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Lognormal with the given median and log-standard deviation σ. */
  lognormaal(mediaan: number, sigma: number): number {
    return mediaan * Math.exp(sigma * this.normaal());
  }

  /** A draw from a distribution known by percentiles (see `uitPercentielen`). */
  percentielen(punten: readonly Percentielpunt[], minimum: number, staart: number): number {
    return uitPercentielen(punten, this.volgende(), minimum, staart);
  }
}
