/**
 * @module
 * The work of one range of households: each household read from the snapshot once and computed on
 * the batch path (`BatchRekenaar`) under every scenario, counted into a `Telling`. The same code
 * runs in a worker thread and, for small runs and tests, in the caller's thread.
 */
import { BatchRekenaar, type Wetgeving, zelfdeBerekening } from '@regelmaat/law';
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

/**
 * Counts households `van … tot` under every law; the workload (exception rules, recoveries) and the
 * marginal cases at the thresholds for the households whose index is a multiple of `werklastStap`
 * (1: all; 0: none) — the slow part, so a large run takes a systematic sample.
 */
export function rekenBereik(
  kolommen: KolomArrays,
  kop: Kop,
  wetten: readonly Wetgeving[],
  van: number,
  tot: number,
  voortgang?: (gedaan: number) => void,
  werklastStap = 1,
  volledig = false,
): Telling {
  const plan = rekenPlan(wetten, kop.jaar, volledig);
  const rekenaars = wetten.map((w) => new BatchRekenaar(w));
  const uit = rekenaars[0]!.nieuweBedragen(wetten.length);
  const telling = new Telling(wetten.length);
  const lezer = new SituatieLezer(kolommen, kop);
  const laatste = wetten.length - 1;
  const werklast =
    werklastStap > 0
      ? new WerklastTeller([wetten[0]!, wetten[laatste]!], [rekenaars[0]!, rekenaars[laatste]!])
      : null;
  const marges =
    werklastStap > 0
      ? new MargeTeller([wetten[0]!, wetten[laatste]!], [rekenaars[0]!, rekenaars[laatste]!])
      : null;
  let gemeld = van;
  for (let i = van; i < tot; i++) {
    const s = lezer.lees(i);
    for (let j = 0; j < rekenaars.length; j++) {
      const bron = plan.bron[j]!;
      rekenaars[j]!.bereken(s, uit, j, plan.welke[j]);
      for (let t = 0; t < bron.length; t++) {
        const k = bron[t]!;
        if (k >= 0) uit.kopieer(t, k, j);
      }
    }
    telling.voegToe(uit, kolommen.decile[i]!, kolommen.type[i]!);
    if (werklast && i % werklastStap === 0) {
      // First: the workload reads the definitive situation into the same (reused) Situatie.
      marges!.tel(s, uit, laatste, telling);
      werklast.tel(lezer, kolommen, i, s, uit, laatste, telling);
    }
    if (voortgang && i + 1 - gemeld >= VOORTGANG_PER) {
      voortgang(i + 1 - gemeld);
      gemeld = i + 1;
    }
  }
  if (voortgang && tot > gemeld) voortgang(tot - gemeld);
  return telling;
}
