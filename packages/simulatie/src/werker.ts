/**
 * @module
 * A worker thread of a run: receives the snapshot's shared buffer, its header, the parameter texts
 * of every scenario and a range of households; reports progress and sends back its counts.
 * `startWerker()` is the thread's entry (the CLI's build has a program that calls it).
 */
import { parentPort } from 'node:worker_threads';
import type { RegelingSleutel } from '@regelmaat/law';
import { BasisGeheugen, basisSleutel } from './basis-geheugen';
import { wetVan } from './hervorming/toepassen';
import { type Kop, kolommenOp } from './kolommen/indeling';
import { rekenBereik } from './rekenen';

/** What a thread needs to build one scenario's law. */
export interface WerkerScenario {
  readonly teksten: Readonly<Record<RegelingSleutel, string>>;
  readonly varianten: readonly string[];
}

/** The task of one worker. */
export interface WerkerTaak {
  readonly buffer: SharedArrayBuffer;
  readonly kop: Kop;
  /** Per scenario (baseline, then each part) its parameter texts and variant modules. */
  readonly scenarios: readonly WerkerScenario[];
  readonly van: number;
  readonly tot: number;
  /** Count the workload of every this-many-th household (see `rekenBereik`). */
  readonly werklastStap: number;
  /** The snapshot object's number in the main thread (`populatieId`): the kept baseline's key. */
  readonly populatieId: number;
  /** Keep this range's baseline for the next task (and use the one kept, when it matches). */
  readonly basisBewaren: boolean;
}

/** What a worker says: progress (households done since the last message), its counts, or an error. */
export type WerkerBericht =
  | { soort: 'voortgang'; gedaan: number }
  | {
      soort: 'klaar';
      waarden: Float64Array;
      laadMs: number;
      rekenMs: number;
      gelezen: number;
      berekeningen: number;
      basisUitGeheugen: boolean;
    }
  | { soort: 'fout'; melding: string };

/**
 * Runs each task it is given on this thread's parent port (the entry of a worker thread), one
 * after the other, until the thread is terminated. The laws of recent tasks stay loaded
 * (`wetgevingUitTeksten` keeps them by version), so a pool's second run starts at once.
 */
/** This thread's kept baseline (see `BasisGeheugen`). */
let bewaard: BasisGeheugen | undefined;

export function startWerker(): void {
  const poort = parentPort;
  if (!poort) throw new Error('startWerker draait alleen in een worker thread');
  poort.on('message', (taak: WerkerTaak) => {
    try {
      const t0 = performance.now();
      const wetten = taak.scenarios.map(wetVan);
      const t1 = performance.now();
      let basis: BasisGeheugen | undefined;
      let basisUitGeheugen = false;
      if (taak.basisBewaren) {
        const sleutel = basisSleutel(taak.populatieId, taak.van, taak.tot, wetten[0]!.versie);
        basisUitGeheugen = bewaard?.heeft(sleutel) ?? false;
        // One kept baseline per thread: a new key replaces the old one.
        if (!basisUitGeheugen) bewaard = undefined;
        basis = bewaard ?? new BasisGeheugen(sleutel, taak.van, taak.tot, wetten[0]!.regelingen.length);
      } else bewaard = undefined;
      const tellers = { gelezen: 0, berekeningen: 0 };
      const telling = rekenBereik(
        kolommenOp(taak.buffer, taak.kop.aantallen),
        taak.kop,
        wetten,
        taak.van,
        taak.tot,
        {
          voortgang: (gedaan) => poort.postMessage({ soort: 'voortgang', gedaan } satisfies WerkerBericht),
          werklastStap: taak.werklastStap,
          tellers,
          ...(basis ? { basis } : {}),
        },
      );
      if (basis && basis.gevuld === taak.tot - taak.van) bewaard = basis;
      const laadMs = t1 - t0;
      const rekenMs = performance.now() - t1;
      poort.postMessage(
        {
          soort: 'klaar',
          waarden: telling.waarden,
          laadMs,
          rekenMs,
          ...tellers,
          basisUitGeheugen,
        } satisfies WerkerBericht,
        [telling.waarden.buffer as ArrayBuffer],
      );
    } catch (e) {
      poort.postMessage({ soort: 'fout', melding: (e as Error).stack ?? String(e) } satisfies WerkerBericht);
    }
  });
}
