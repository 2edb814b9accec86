/**
 * @module
 * The work of one range of households: each household read from the snapshot once and computed on
 * the batch path (`BatchRekenaar`) under every scenario, counted into a `Telling`. The same code
 * runs in a worker thread and, for small runs and tests, in the caller's thread.
 */
import { BatchRekenaar, type Wetgeving } from '@regelmaat/law';
import type { KolomArrays, Kop } from './kolommen/indeling';
import { SituatieLezer } from './kolommen/lezer';
import { MargeTeller } from './marges/teller';
import { Telling } from './telling';
import { WerklastTeller } from './werklast/teller';

/** How often (in households) progress is reported. */
export const VOORTGANG_PER = 16_384;

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
): Telling {
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
    for (let j = 0; j < rekenaars.length; j++) rekenaars[j]!.bereken(s, uit, j);
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
