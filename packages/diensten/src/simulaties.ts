/**
 * @module
 * Simulations for the policy analyst (issue 18): start a reform on the synthetic population, follow
 * it, read its result. A run concerns no person (synthetic households only), so no processing log
 * is written; the right `simulatie:uitvoeren` is checked on every call. Runs live in the server
 * process (`Simulaties`, set in the Omgeving by the application): one at a time, the last 20
 * kept, lost when the server stops. The snapshot is made (or read) on the first start.
 */

import { Conflict, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import {
  type Hervorming,
  HervormingOngeldig,
  leesHervorming,
  momentopname,
  type Populatie,
  type Resultaat,
  SimulatieWerkers,
  scenariosVan,
  simuleer,
  voorbeeldHervormingen,
} from '@regelmaat/simulatie';
import { type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import type { SimulatieVerzoek } from './verzoeken/simulatie';

export interface SimulatieInstellingen {
  /** Simulated households (the snapshot's size) and the generator's seed. */
  readonly huishoudens: number;
  readonly seed: number;
  /** The worker thread's entry (the build's simulatie-werker.mjs); absent: computed in this thread. */
  readonly werker?: URL;
  readonly threads?: number;
  /** Where the snapshot file is kept (the system's temporary folder by default). */
  readonly momentopnamePad?: string;
}

export type SimulatieStatus = 'wacht' | 'bezig' | 'klaar' | 'mislukt';

export interface SimulatieStand {
  id: number;
  status: SimulatieStatus;
  hervorming: { naam: string; onderdelen: string[] };
  /** The saved scenario it runs (absent: a shipped reform by name or YAML sent with the request). */
  scenarioId?: number;
  /** Who started it (staff id) and when (ISO). */
  door: string;
  gestart: string;
  klaarOp?: string;
  gedaan: number;
  totaal: number;
  melding?: string;
  resultaat?: Resultaat;
}

const BEWAARD = 20;

/** The runs of this server process. */
export class Simulaties {
  private volgende = 1;
  private readonly runs = new Map<number, SimulatieStand>();
  private keten: Promise<unknown> = Promise.resolve();
  private populatie?: Populatie;
  private werkers?: SimulatieWerkers;

  constructor(readonly instellingen: SimulatieInstellingen) {}

  /** Queues a run; it starts when the one before it is done. */
  start(h: Hervorming, door: string, nu: string, klok: () => string, scenarioId?: number): SimulatieStand {
    const id = this.volgende++;
    const stand: SimulatieStand = {
      id,
      status: 'wacht',
      hervorming: { naam: h.naam, onderdelen: h.onderdelen.map((o) => o.naam) },
      ...(scenarioId !== undefined ? { scenarioId } : {}),
      door,
      gestart: nu,
      gedaan: 0,
      totaal: this.instellingen.huishoudens,
    };
    this.runs.set(id, stand);
    for (const oud of this.runs.keys()) if (this.runs.size > BEWAARD) this.runs.delete(oud);
    this.keten = this.keten.then(() => this.voerUit(stand, h, klok));
    return stand;
  }

  private async voerUit(stand: SimulatieStand, h: Hervorming, klok: () => string): Promise<void> {
    stand.status = 'bezig';
    try {
      const i = this.instellingen;
      this.populatie ??= momentopname(
        { jaar: 2026, huishoudens: i.huishoudens, seed: i.seed },
        i.momentopnamePad,
      ).populatie;
      if (i.werker && (i.threads ?? 2) > 1) this.werkers ??= new SimulatieWerkers(i.werker, i.threads ?? 2);
      stand.totaal = this.populatie.kop.aantallen.huishouden;
      const { resultaat } = await simuleer({
        populatie: this.populatie,
        hervorming: h,
        ...(this.werkers ? { werkers: this.werkers } : {}),
        voortgang: (gedaan) => {
          stand.gedaan = gedaan;
        },
      });
      stand.resultaat = resultaat;
      stand.status = 'klaar';
    } catch (e) {
      stand.status = 'mislukt';
      stand.melding = (e as Error).message;
    }
    stand.klaarOp = klok();
  }

  /** A run by its id, or undefined. */
  stand(id: number): SimulatieStand | undefined {
    return this.runs.get(id);
  }

  /** The runs kept (the last 20), newest first, without their results. */
  lijst(): Omit<SimulatieStand, 'resultaat'>[] {
    return [...this.runs.values()].reverse().map(({ resultaat: _, ...rest }) => rest);
  }

  /** Waits until every queued run is done (tests, shutting down). */
  async klaar(): Promise<void> {
    await this.keten;
  }

  /** Stops the worker threads. */
  async sluit(): Promise<void> {
    await this.keten;
    await this.werkers?.sluit();
  }
}

function simulatiesVan(o: Omgeving): Simulaties {
  if (!o.simulaties) throw new Conflict('niet-toegestaan', 'Simulaties staan op deze server niet aan.');
  return o.simulaties;
}

/** The shipped reforms, for a choice list. */
export function hervormingen(_o: Omgeving, ctx: Context) {
  vereis(ctx, 'simulatie:uitvoeren');
  return [...voorbeeldHervormingen()].map(([naam, h]) => ({
    naam,
    titel: h.naam,
    beschrijving: h.beschrijving,
    jaar: h.jaar,
    onderdelen: h.onderdelen.map((d) => d.naam),
    beperkingen: h.beperkingen ?? [],
  }));
}

/** Starts a simulation of a shipped reform or of the caller's YAML; refused with every problem when it does not fit the law. */
export function startSimulatie(o: Omgeving, ctx: Context, vraag: SimulatieVerzoek): SimulatieStand {
  const sessie = vereis(ctx, 'simulatie:uitvoeren');
  const simulaties = simulatiesVan(o);
  let h: Hervorming | undefined;
  try {
    h = 'yaml' in vraag ? leesHervorming(vraag.yaml, 'yaml') : voorbeeldHervormingen().get(vraag.hervorming);
    if (!h)
      throw new Ongeldig([
        { naam: 'hervorming', reden: 'geen meegeleverde hervorming met die naam', code: 'keuze' },
      ]);
    if (h.jaar !== 2026)
      throw new Ongeldig([{ naam: 'yaml', reden: 'de synthetische populatie is van 2026' }]);
    scenariosVan(h); // checks every part against the law before the run is queued
  } catch (e) {
    if (e instanceof HervormingOngeldig)
      throw new Ongeldig(
        e.problemen.map((p) => ({ naam: 'yaml' in vraag ? 'yaml' : 'hervorming', reden: p })),
      );
    throw e;
  }
  return simulaties.start(h, sessie.id, o.klok(), o.klok);
}

/** Queues a run of a checked reform (a saved scenario's). */
export function startHervorming(
  o: Omgeving,
  ctx: Context,
  h: Hervorming,
  scenarioId?: number,
): SimulatieStand {
  const sessie = vereis(ctx, 'simulatie:uitvoeren');
  if (h.jaar !== 2026)
    throw new Ongeldig([{ naam: 'hervorming', reden: 'de synthetische populatie is van 2026' }]);
  return simulatiesVan(o).start(h, sessie.id, o.klok(), o.klok, scenarioId);
}

/** The runs this server keeps, newest first (for the list page and the comparison). */
export function simulatieLijst(o: Omgeving, ctx: Context): Omit<SimulatieStand, 'resultaat'>[] {
  vereis(ctx, 'simulatie:uitvoeren');
  return o.simulaties ? o.simulaties.lijst() : [];
}

/** A run's state, and its result once done. */
export function simulatie(o: Omgeving, ctx: Context, id: number): SimulatieStand {
  vereis(ctx, 'simulatie:uitvoeren');
  const s = simulatiesVan(o).stand(id);
  if (!s) throw new NietGevonden(`Er is geen simulatie ${id} (meer) op deze server.`);
  return s;
}
