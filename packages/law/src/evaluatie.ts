/**
 * @module
 * Evaluates the toeslagen for one situation, month by month. The same loop serves the traced
 * evaluation (explanations) and the batch path (no tracing): months whose facts equal the previous
 * month's reuse its outcome, so a household with a stable year is computed once per toeslag.
 */
import { Trace } from '@regelmaat/engine';
import { jaarbedrag, jaarbedragStabiel } from './algemeen/jaarbedrag';
import { NietBerekenbaar, type Regeling } from './regeling';
import type { Situatie } from './situatie/situatie';
import type { Wetgeving } from './wetgeving';

/** Every month may differ: evaluate all twelve (the reference against which skipping is tested). */
export const ALLE_MAANDEN = 0xffe;

export const MAAND_DATA = Array.from({ length: 12 }, (_, m) => `-${String(m + 1).padStart(2, '0')}-01`);

/** A run of months with the same facts and so the same outcome. */
export interface Segment {
  readonly van: number;
  readonly tot: number; // inclusive
  readonly waarde: number;
  readonly trace: Trace | null;
  readonly datum: string;
}

/**
 * Parameters per regeling, resolved once per month of a year: the hot loop indexes an array by
 * month and builds no strings. A year whose values are missing remembers the NietBerekenbaar.
 */
export class ParameterCache {
  private readonly perJaar = new Map<string, unknown[] | NietBerekenbaar>();
  constructor(readonly wetgeving: Wetgeving) {}

  /** The 12 monthly parameter sets of `jaar` for regeling `r`; throws NietBerekenbaar. */
  maanden<P>(r: Regeling<unknown, P>, jaar: number): P[] {
    const key = `${r.id}@${jaar}`;
    let hit = this.perJaar.get(key);
    if (hit === undefined) {
      try {
        hit = MAAND_DATA.map((d) => r.parameters(this.wetgeving, jaar + d));
      } catch (e) {
        if (!(e instanceof NietBerekenbaar)) throw e;
        hit = e;
      }
      this.perJaar.set(key, hit);
    }
    if (hit instanceof NietBerekenbaar) throw hit;
    return hit as P[];
  }
}

/** Working memory for one regeling, reused across households on the batch path. */
export class Werkgeheugen<F> {
  readonly huidig: F;
  readonly vorig: F;
  readonly waarden: number[] = new Array(12).fill(0);
  readonly maanden: number[] = new Array(12).fill(0);
  /** Parameters of the year last computed, by month. */
  jaar = 0;
  params: unknown[] = [];
  constructor(readonly regeling: Regeling<F, unknown>) {
    this.huidig = regeling.nieuweFeiten();
    this.vorig = regeling.nieuweFeiten();
  }
}

/**
 * Fills `g.waarden` with the formula's outcome per month. With `segmenten` given, each run of equal
 * months is traced and pushed. Returns the number of periods evaluated (1: the same all year).
 * Throws NietBerekenbaar when the law's values are missing.
 */
export function evalueerMaanden<F, P>(
  g: Werkgeheugen<F>,
  s: Situatie,
  params: ParameterCache,
  segmenten: Segment[] | null,
  alleMaanden = false,
): number {
  const r = g.regeling as Regeling<F, P>;
  if (g.jaar !== s.jaar) {
    g.params = params.maanden(r, s.jaar);
    g.jaar = s.jaar;
  }
  const ps = g.params as P[];
  const wijzigingen = alleMaanden ? ALLE_MAANDEN : r.wijzigingen(s, ps[0]!);
  let start = 0;
  let perioden = 0;
  let trace: Trace | null = null;
  let datum = '';
  for (let m = 0; m < 12; m++) {
    if (m > 0 && (wijzigingen & (1 << m)) === 0) {
      g.waarden[m] = g.waarden[m - 1]!;
      continue;
    }
    r.feiten(s, m, g.huidig);
    const p = ps[m]!;
    if (m > 0 && r.gelijk(g.huidig, g.vorig, p)) {
      g.waarden[m] = g.waarden[m - 1]!;
      continue;
    }
    if (segmenten !== null && m > 0)
      segmenten.push({ van: start, tot: m - 1, waarde: g.waarden[m - 1]!, trace, datum });
    start = m;
    trace = segmenten !== null ? new Trace() : null;
    if (trace !== null) datum = s.jaar + MAAND_DATA[m]!;
    g.waarden[m] = r.bereken(g.huidig, p, trace);
    perioden++;
    // Only needed when a later month will be compared with this one.
    if (wijzigingen >> (m + 1) !== 0) r.kopieer(g.huidig, g.vorig);
  }
  if (segmenten !== null) segmenten.push({ van: start, tot: 11, waarde: g.waarden[11]!, trace, datum });
  return perioden;
}

function nul(maanden: number[]): void {
  for (let m = 0; m < 12; m++) maanden[m] = 0;
}

/** Outcome of one regeling for the batch path: year and months in eurocents, or -1 when not computable. */
export function evalueerSnel<F>(
  g: Werkgeheugen<F>,
  s: Situatie,
  params: ParameterCache,
  minimum: number,
): number {
  const r = g.regeling;
  if (!r.vanToepassing(s)) {
    nul(g.maanden);
    return 0;
  }
  let perioden: number;
  try {
    perioden = evalueerMaanden(g, s, params, null);
  } catch (e) {
    if (e instanceof NietBerekenbaar) {
      nul(g.maanden);
      return -1;
    }
    throw e;
  }
  return perioden === 1
    ? jaarbedragStabiel(g.waarden[0]!, r.afronding, minimum, g.maanden)
    : jaarbedrag(g.waarden, r.afronding, minimum, null, g.maanden);
}
