/**
 * @module
 * A run: the reform's scenarios (baseline, then each part in turn) over every household of a
 * snapshot, split over worker threads (one contiguous range each), their counts added up into the
 * result. Without a worker entry (`werker`), or with one thread, it computes in the caller's
 * thread with the same code.
 */
import { populatieId } from './basis-geheugen';
import type { Hervorming } from './hervorming/hervorming';
import { type Scenarios, scenariosVan, wetVan } from './hervorming/toepassen';
import type { Populatie } from './kolommen/bouwer';
import { rekenBereik } from './rekenen';
import { type Resultaat, resultaatVan } from './resultaat';
import { Telling } from './telling';
import { SimulatieWerkers } from './werkers';
import type { WerklastNormen } from './werklast/normen';

export interface SimulatieVraag {
  readonly populatie: Populatie;
  readonly hervorming: Hervorming;
  /** The scenarios when already made (`scenariosVan(hervorming)` otherwise). */
  readonly scenarios?: Scenarios;
  /** Threads to use; 1 (or no `werker`/`werkers`) computes in this thread. */
  readonly threads?: number;
  /** The worker thread's entry module (a built file that calls `startWerker()`): threads for this run only. */
  readonly werker?: URL;
  /** A pool kept by the caller (used instead of `werker` and `threads`). */
  readonly werkers?: SimulatieWerkers;
  /**
   * The workload is counted for every this-many-th household (1: all, 0: none); by default all up
   * to 100,000 households, a systematic sample of about 100,000 above.
   */
  readonly werklastStap?: number;
  /** The norms the workload is priced with (`STANDAARD_NORMEN` by default). */
  readonly normen?: WerklastNormen;
  /**
   * On a pool: each thread keeps this run's baseline (year amounts and applicability per household)
   * for the next run on the same snapshot object, range and baseline law (true by default).
   */
  readonly basisBewaren?: boolean;
  /** Called with the households done so far and the total. */
  readonly voortgang?: (gedaan: number, totaal: number) => void;
}

export interface SimulatieUitkomst {
  readonly resultaat: Resultaat;
  readonly telling: Telling;
  readonly threads: number;
  /** The longest time a thread spent loading the laws, and computing (ms); 0 in this thread's run. */
  readonly laadMs: number;
  readonly rekenMs: number;
  /** Households read from the snapshot, and regeling computations done (household × regeling). */
  readonly gelezen: number;
  readonly berekeningen: number;
  /** Whether every thread took the baseline from the one it kept from an earlier run. */
  readonly basisUitGeheugen: boolean;
}

/** Every household up to 100,000, then a systematic sample of about 100,000. */
export function standaardWerklastStap(huishoudens: number): number {
  return Math.max(1, Math.ceil(huishoudens / 100_000));
}

/** Runs the reform over the snapshot and returns the result with its raw counts. */
export async function simuleer(v: SimulatieVraag): Promise<SimulatieUitkomst> {
  const { populatie: p, hervorming: h } = v;
  if (p.kop.jaar !== h.jaar)
    throw new RangeError(`de hervorming is voor ${h.jaar}, de populatie voor ${p.kop.jaar}`);
  const sc = v.scenarios ?? scenariosVan(h);
  const scenarios = [sc.basis, ...sc.stappen].map((s) => ({ teksten: s.teksten, varianten: s.varianten }));
  const n = p.kop.aantallen.huishouden;
  const stap = v.werklastStap ?? standaardWerklastStap(n);
  let gedaan = 0;
  const meld = (d: number) => {
    gedaan += d;
    v.voortgang?.(gedaan, n);
  };
  const gedeeld = p.buffer instanceof SharedArrayBuffer;
  const pool = gedeeld
    ? (v.werkers ??
      (v.werker && (v.threads ?? 1) > 1
        ? new SimulatieWerkers(v.werker, Math.min(v.threads!, n))
        : undefined))
    : undefined;
  let telling: Telling;
  let laadMs = 0;
  let rekenMs = 0;
  const tellers = { gelezen: 0, berekeningen: 0 };
  let basisUitGeheugen = true;
  if (!pool) {
    telling = rekenBereik(p.kolommen, p.kop, scenarios.map(wetVan), 0, n, {
      voortgang: meld,
      werklastStap: stap,
      tellers,
    });
    basisUitGeheugen = false;
  } else {
    try {
      const threads = pool.aantal;
      const grenzen = Array.from({ length: threads + 1 }, (_, i) => Math.round((i * n) / threads));
      const delen = await pool.reken(
        Array.from({ length: threads }, (_, i) => ({
          buffer: p.buffer as SharedArrayBuffer,
          kop: p.kop,
          scenarios,
          van: grenzen[i]!,
          tot: grenzen[i + 1]!,
          werklastStap: stap,
          populatieId: populatieId(p.buffer),
          basisBewaren: v.basisBewaren ?? true,
        })),
        meld,
      );
      telling = new Telling(scenarios.length);
      for (const d of delen) {
        telling.voegSamen(d.waarden);
        laadMs = Math.max(laadMs, d.laadMs);
        rekenMs = Math.max(rekenMs, d.rekenMs);
        tellers.gelezen += d.gelezen;
        tellers.berekeningen += d.berekeningen;
        basisUitGeheugen &&= d.basisUitGeheugen;
      }
    } finally {
      if (pool !== v.werkers) await pool.sluit();
    }
  }
  return {
    resultaat: resultaatVan(telling, h, v.normen),
    telling,
    threads: pool?.aantal ?? 1,
    laadMs,
    rekenMs,
    gelezen: tellers.gelezen,
    berekeningen: tellers.berekeningen,
    basisUitGeheugen,
  };
}
