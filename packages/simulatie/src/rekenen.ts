/**
 * @module
 * The work of one range of households: each household read from the snapshot once and computed on
 * the batch path (`BatchRekenaar`) under every scenario, counted into a `Telling`. The same code
 * runs in a worker thread and, for small runs and tests, in the caller's thread.
 */
import { BatchRekenaar, type Situatie, type Wetgeving, zelfdeBerekening } from '@regelmaat/law';
import type { BasisGeheugen } from './basis-geheugen';
import type { KolomArrays, Kop } from './kolommen/indeling';
import { SituatieLezer } from './kolommen/lezer';
import { MargeTeller } from './marges/teller';
import { Telling } from './telling';
import { WerklastTeller } from './werklast/teller';

/** How often (in households) progress is reported. */
export const VOORTGANG_PER = 16_384;

/**
 * Which regelingen each scenario computes itself, and where it takes the others from. Scenario 0
 * (the baseline) computes all; scenario j computes regeling r only when no earlier scenario k
 * computes r the same way (`zelfdeBerekening`: the same formula, parameters and minimum in year
 * `jaar`), else it copies k's amounts of r for the household — exactly equal by construction. A
 * part that changes the kinderopvangtoeslag alone computes one regeling, not four.
 */
export interface RekenPlan {
  /** Per scenario: 1 for the regelingen it computes, 0 for those it copies. */
  readonly welke: readonly Uint8Array[];
  /** Per scenario and regeling: the scenario whose amounts it copies (-1: computed). */
  readonly bron: readonly Int8Array[];
  /** Regeling computations per household (at most scenarios × regelingen). */
  readonly perHuishouden: number;
}

/** The plan of `wetten` for households of `jaar`; `volledig` computes every regeling under every law. */
export function rekenPlan(wetten: readonly Wetgeving[], jaar: number, volledig = false): RekenPlan {
  const r = wetten[0]!.regelingen.length;
  const welke: Uint8Array[] = [];
  const bron: Int8Array[] = [];
  let perHuishouden = 0;
  wetten.forEach((w, j) => {
    const m = new Uint8Array(r).fill(1);
    const b = new Int8Array(r).fill(-1);
    for (let t = 0; t < r && !volledig; t++)
      for (let k = 0; k < j; k++)
        if (zelfdeBerekening(wetten[k]!, w, t, jaar)) {
          m[t] = 0;
          b[t] = k;
          break;
        }
    for (let t = 0; t < r; t++) perHuishouden += m[t]!;
    welke.push(m);
    bron.push(b);
  });
  return { welke, bron, perHuishouden };
}

/** What a range's run did: households read from the snapshot, regeling computations. */
export interface RekenTellers {
  gelezen: number;
  berekeningen: number;
}

export interface RekenOpties {
  /** Called with the households done since the last call. */
  readonly voortgang?: (gedaan: number) => void;
  /** Count the workload of every this-many-th household (1: all, the default; 0: none). */
  readonly werklastStap?: number;
  /** Compute every regeling under every law (no shortcut, no kept baseline): for comparisons. */
  readonly volledig?: boolean;
  /**
   * The baseline of these households kept between runs (`BasisGeheugen` for `van … tot` under
   * `wetten[0]`): read when it is complete, filled otherwise.
   */
  readonly basis?: BasisGeheugen;
  /** Added to: households read, regeling computations. */
  readonly tellers?: RekenTellers;
}

/**
 * Counts households `van … tot` under every law; the workload (exception rules, recoveries) and the
 * marginal cases at the thresholds for the households whose index is a multiple of `werklastStap`
 * (1: all; 0: none) — the slow part, so a large run takes a systematic sample.
 *
 * With a complete kept baseline (`basis`), a household outside the sample is not computed under
 * the baseline: its year amounts come from memory (the counts read only year amounts). Under a
 * part, a regeling it computes (see `rekenPlan`) that is the baseline's own formula and does not
 * apply to the household (`vanToepassing` reads only the household) is 0 without reading the
 * household; the snapshot is read only when something is left to compute.
 */
export function rekenBereik(
  kolommen: KolomArrays,
  kop: Kop,
  wetten: readonly Wetgeving[],
  van: number,
  tot: number,
  opties: RekenOpties = {},
): Telling {
  const { voortgang, werklastStap = 1, volledig = false, tellers } = opties;
  const plan = rekenPlan(wetten, kop.jaar, volledig);
  const rekenaars = wetten.map((w) => new BatchRekenaar(w));
  const uit = rekenaars[0]!.nieuweBedragen(wetten.length);
  const telling = new Telling(wetten.length);
  const lezer = new SituatieLezer(kolommen, kop);
  const laatste = wetten.length - 1;
  const regelingen = wetten[0]!.regelingen;
  const R = regelingen.length;
  const basis = volledig ? undefined : opties.basis;
  if (basis && (basis.van !== van || basis.tot !== tot || basis.regelingen !== R))
    throw new RangeError('een basisgeheugen van een ander bereik');
  const uitGeheugen = basis !== undefined && basis.gevuld === tot - van && basis.telling !== null;
  if (basis && !uitGeheugen) {
    basis.gevuld = 0;
    basis.telling = null;
  }
  const basisTelling = basis && !uitGeheugen ? new Telling(1) : null;
  // From memory: every household counted as unchanged at once; those that change corrected below.
  if (uitGeheugen) telling.voegOnveranderdToe(basis.telling!);
  // Per scenario and regeling: the baseline's own formula (so the same vanToepassing).
  const eigen = wetten.map((w) => Uint8Array.from(regelingen, (r, t) => (w.regelingen[t] === r ? 1 : 0)));
  const nodig = wetten.map(() => new Uint8Array(R));
  const werklast =
    werklastStap > 0
      ? new WerklastTeller([wetten[0]!, wetten[laatste]!], [rekenaars[0]!, rekenaars[laatste]!])
      : null;
  const marges =
    werklastStap > 0
      ? new MargeTeller([wetten[0]!, wetten[laatste]!], [rekenaars[0]!, rekenaars[laatste]!])
      : null;
  let gelezen = 0;
  let berekeningen = 0;
  let gemeld = van;
  for (let i = van; i < tot; i++) {
    const steekproef = werklast !== null && i % werklastStap === 0;
    if (uitGeheugen && !steekproef) {
      const o = (i - van) * R;
      const bits = basis.vanToepassing[i - van]!;
      for (let t = 0; t < R; t++) uit.zetJaarbedrag(t, 0, basis.jaarbedragen[o + t]!);
      let s: Situatie | null = null;
      for (let j = 1; j < wetten.length; j++) {
        const bron = plan.bron[j]!;
        const welke = plan.welke[j]!;
        const n = nodig[j]!;
        let iets = false;
        for (let t = 0; t < R; t++) {
          n[t] = 0;
          if (bron[t]! >= 0) uit.zetJaarbedrag(t, j, uit.jaarbedrag(t, bron[t]!));
          else if (welke[t] === 1) {
            if (eigen[j]![t] === 1 && (bits & (1 << t)) === 0) uit.zetJaarbedrag(t, j, 0);
            else {
              n[t] = 1;
              iets = true;
              berekeningen++;
            }
          }
        }
        if (iets) {
          if (s === null) {
            s = lezer.lees(i);
            gelezen++;
          }
          rekenaars[j]!.bereken(s, uit, j, n);
        }
      }
      let anders = false;
      for (let j = 1; j < wetten.length && !anders; j++)
        for (let t = 0; t < R; t++)
          if (uit.jaarbedrag(t, j) !== uit.jaarbedrag(t, 0)) {
            anders = true;
            break;
          }
      if (anders) {
        telling.trekOnveranderdAf(uit, kolommen.decile[i]!, kolommen.type[i]!);
        telling.voegToe(uit, kolommen.decile[i]!, kolommen.type[i]!);
      }
    } else {
      const s = lezer.lees(i);
      gelezen++;
      berekeningen += plan.perHuishouden;
      for (let j = 0; j < rekenaars.length; j++) {
        const bron = plan.bron[j]!;
        rekenaars[j]!.bereken(s, uit, j, plan.welke[j]);
        for (let t = 0; t < bron.length; t++) {
          const k = bron[t]!;
          if (k >= 0) uit.kopieer(t, k, j);
        }
      }
      if (basis && !uitGeheugen) {
        const o = (i - van) * R;
        let bits = 0;
        for (let t = 0; t < R; t++) {
          basis.jaarbedragen[o + t] = uit.jaarbedrag(t, 0);
          if (regelingen[t]!.vanToepassing(s)) bits |= 1 << t;
        }
        basis.vanToepassing[i - van] = bits;
        basis.gevuld++;
        basisTelling!.voegToe(uit, kolommen.decile[i]!, kolommen.type[i]!);
      }
      if (uitGeheugen) telling.trekOnveranderdAf(uit, kolommen.decile[i]!, kolommen.type[i]!);
      telling.voegToe(uit, kolommen.decile[i]!, kolommen.type[i]!);
      if (steekproef) {
        // First: the workload reads the definitive situation into the same (reused) Situatie.
        marges!.tel(s, uit, laatste, telling);
        werklast!.tel(lezer, kolommen, i, s, uit, laatste, telling);
      }
    }
    if (voortgang && i + 1 - gemeld >= VOORTGANG_PER) {
      voortgang(i + 1 - gemeld);
      gemeld = i + 1;
    }
  }
  if (voortgang && tot > gemeld) voortgang(tot - gemeld);
  if (basis && basisTelling) basis.telling = basisTelling.waarden;
  if (tellers) {
    tellers.gelezen += gelezen;
    tellers.berekeningen += berekeningen;
  }
  return telling;
}
