/**
 * @module
 * A worker thread of a run: receives the snapshot's shared buffer, its header, the parameter texts
 * of every scenario and a range of households; reports progress and sends back its counts.
 * `startWerker()` is the thread's entry (the CLI's build has a program that calls it).
 */
import { parentPort } from 'node:worker_threads';
import type { RegelingSleutel } from '@regelmaat/law';
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
}

/** What a worker says: progress (households done since the last message), its counts, or an error. */
export type WerkerBericht =
  | { soort: 'voortgang'; gedaan: number }
  | { soort: 'klaar'; waarden: Float64Array; laadMs: number; rekenMs: number }
  | { soort: 'fout'; melding: string };

/**
 * Runs each task it is given on this thread's parent port (the entry of a worker thread), one
 * after the other, until the thread is terminated. The laws of recent tasks stay loaded
 * (`wetgevingUitTeksten` keeps them by version), so a pool's second run starts at once.
 */
export function startWerker(): void {
  const poort = parentPort;
  if (!poort) throw new Error('startWerker draait alleen in een worker thread');
  poort.on('message', (taak: WerkerTaak) => {
    try {
      const t0 = performance.now();
      const wetten = taak.scenarios.map(wetVan);
      const t1 = performance.now();
      const telling = rekenBereik(
        kolommenOp(taak.buffer, taak.kop.aantallen),
        taak.kop,
        wetten,
        taak.van,
        taak.tot,
        (gedaan) => poort.postMessage({ soort: 'voortgang', gedaan } satisfies WerkerBericht),
        taak.werklastStap,
      );
      const laadMs = t1 - t0;
      const rekenMs = performance.now() - t1;
      poort.postMessage(
        { soort: 'klaar', waarden: telling.waarden, laadMs, rekenMs } satisfies WerkerBericht,
        [telling.waarden.buffer as ArrayBuffer],
      );
    } catch (e) {
      poort.postMessage({ soort: 'fout', melding: (e as Error).stack ?? String(e) } satisfies WerkerBericht);
    }
  });
}
