/**
 * @module
 * A pool of simulation worker threads, started once and used for run after run (the API's server
 * and the benchmark keep one; the CLI's single run starts its own). One task at a time per thread.
 */
import { Worker } from 'node:worker_threads';
import type { WerkerBericht, WerkerTaak } from './werker';

/** What one thread did: its counts, and the time it took to load the laws and to compute. */
export interface WerkerUitkomst {
  readonly waarden: Float64Array;
  readonly laadMs: number;
  readonly rekenMs: number;
  readonly gelezen: number;
  readonly berekeningen: number;
  readonly basisUitGeheugen: boolean;
}

export class SimulatieWerkers {
  private readonly threads: Worker[];
  private bezig = false;

  /** Starts `aantal` threads on `entry` (a built module that calls `startWerker()`). */
  constructor(entry: URL, aantal: number) {
    this.threads = Array.from({ length: aantal }, () => new Worker(entry));
    // Idle threads do not keep the process alive; a running task does (see reken).
    for (const w of this.threads) w.unref();
  }

  get aantal(): number {
    return this.threads.length;
  }

  /** Runs one task per thread (as many tasks as threads); rejects when a thread fails or is busy. */
  async reken(taken: readonly WerkerTaak[], voortgang: (gedaan: number) => void): Promise<WerkerUitkomst[]> {
    if (this.bezig) throw new Error('de simulatiewerkers rekenen al');
    if (taken.length > this.threads.length) throw new RangeError('meer taken dan threads');
    this.bezig = true;
    for (const w of this.threads) w.ref();
    try {
      return await Promise.all(taken.map((taak, i) => this.eenTaak(this.threads[i]!, taak, voortgang)));
    } finally {
      for (const w of this.threads) w.unref();
      this.bezig = false;
    }
  }

  private eenTaak(w: Worker, taak: WerkerTaak, voortgang: (n: number) => void): Promise<WerkerUitkomst> {
    return new Promise((resolve, reject) => {
      const opBericht = (b: WerkerBericht) => {
        if (b.soort === 'voortgang') return voortgang(b.gedaan);
        los();
        if (b.soort === 'klaar') resolve(b);
        else reject(new Error(`simulatiewerker: ${b.melding}`));
      };
      const opFout = (e: Error) => {
        los();
        reject(e);
      };
      const opEinde = (code: number) => {
        los();
        reject(new Error(`simulatiewerker stopte met code ${code}`));
      };
      const los = () => {
        w.off('message', opBericht);
        w.off('error', opFout);
        w.off('exit', opEinde);
      };
      w.on('message', opBericht);
      w.on('error', opFout);
      w.on('exit', opEinde);
      w.postMessage(taak);
    });
  }

  /** Stops every thread. */
  async sluit(): Promise<void> {
    await Promise.all(this.threads.map((w) => w.terminate()));
  }
}
