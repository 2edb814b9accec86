/**
 * @module
 * A run: the reform's scenarios (baseline, then each part in turn) over every household of a
 * snapshot, split over worker threads (one contiguous range each), their counts added up into the
 * result. Without a worker entry (`werker`), or with one thread, it computes in the caller's
 * thread with the same code.
 */
import { Worker } from 'node:worker_threads';
import { wetgevingUitTeksten } from '@regelmaat/law';
import type { Hervorming } from './hervorming/hervorming';
import { type Scenarios, scenariosVan } from './hervorming/toepassen';
import type { Populatie } from './kolommen/bouwer';
import { rekenBereik } from './rekenen';
import { type Resultaat, resultaatVan } from './resultaat';
import { Telling } from './telling';
import type { WerkerBericht, WerkerTaak } from './werker';

export interface SimulatieVraag {
  readonly populatie: Populatie;
  readonly hervorming: Hervorming;
  /** The scenarios when already made (`scenariosVan(hervorming)` otherwise). */
  readonly scenarios?: Scenarios;
  /** Threads to use; 1 (or no `werker`) computes in this thread. */
  readonly threads?: number;
  /** The worker thread's entry module (a built file that calls `startWerker()`). */
  readonly werker?: URL;
  /** Called with the households done so far and the total. */
  readonly voortgang?: (gedaan: number, totaal: number) => void;
}

export interface SimulatieUitkomst {
  readonly resultaat: Resultaat;
  readonly telling: Telling;
  readonly threads: number;
}

function inWerker(url: URL, taak: WerkerTaak, voortgang: (n: number) => void): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const w = new Worker(url);
    let klaar = false;
    w.on('message', (b: WerkerBericht) => {
      if (b.soort === 'voortgang') voortgang(b.gedaan);
      else if (b.soort === 'klaar') {
        klaar = true;
        resolve(b.waarden);
        void w.terminate();
      } else {
        klaar = true;
        reject(new Error(`simulatiewerker: ${b.melding}`));
        void w.terminate();
      }
    });
    w.on('error', reject);
    w.on('exit', (code) => {
      if (!klaar) reject(new Error(`simulatiewerker stopte met code ${code}`));
    });
    w.postMessage(taak);
  });
}

/** Runs the reform over the snapshot and returns the result with its raw counts. */
export async function simuleer(v: SimulatieVraag): Promise<SimulatieUitkomst> {
  const { populatie: p, hervorming: h } = v;
  if (p.kop.jaar !== h.jaar)
    throw new RangeError(`de hervorming is voor ${h.jaar}, de populatie voor ${p.kop.jaar}`);
  const sc = v.scenarios ?? scenariosVan(h);
  const teksten = [sc.basis, ...sc.stappen].map((s) => s.teksten);
  const n = p.kop.aantallen.huishouden;
  let gedaan = 0;
  const meld = (d: number) => {
    gedaan += d;
    v.voortgang?.(gedaan, n);
  };
  const threads = v.werker && p.buffer instanceof SharedArrayBuffer ? Math.max(1, Math.min(v.threads ?? 1, n)) : 1;
  let telling: Telling;
  if (threads === 1 || !v.werker) {
    telling = rekenBereik(p.kolommen, p.kop, teksten.map((t) => wetgevingUitTeksten(t)), 0, n, meld);
  } else {
    const grenzen = Array.from({ length: threads + 1 }, (_, i) => Math.round((i * n) / threads));
    const delen = await Promise.all(
      Array.from({ length: threads }, (_, i) =>
        inWerker(
          v.werker!,
          { buffer: p.buffer as SharedArrayBuffer, kop: p.kop, teksten, van: grenzen[i]!, tot: grenzen[i + 1]! },
          meld,
        ),
      ),
    );
    telling = new Telling(teksten.length);
    for (const d of delen) telling.voegSamen(d);
  }
  return { resultaat: resultaatVan(telling, h), telling, threads };
}
