/**
 * @module
 * Year simulations for the policy analyst (issue 20): start a year of synthetic households through
 * the product's real processes (`@regelmaat/jaarsimulatie`), follow it month by month, read its
 * result. The run is handed in by the application (`JaarsimulatieUitvoerder`: it opens a fresh,
 * throw-away database per variant, never the product's data), because the simulation package builds
 * on these services. Synthetic households only, so no processing log is written; the right
 * `simulatie:uitvoeren` is checked on every call. One run at a time per server (a second start
 * while one runs is a 409); the last 10 are kept in memory, lost when the server stops.
 */

import { Conflict, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import type { JaarsimulatieVerzoek } from './verzoeken/jaarsimulatie';

/** What a run needs: the population's size and seed, and the variants in order. */
export interface JaarsimulatieOpdracht {
  huishoudens: number;
  seed: number;
  varianten: string[];
}

/** The part of `JaarResultaat` (`@regelmaat/jaarsimulatie`) these services read; the rest is kept as is. */
export interface JaarsimulatieUitkomst {
  jaar: number;
  huishoudens: number;
  seed: number;
  database: string;
  varianten: { variant: string; eta: { gemeten: number; binnen20Procent: number; aandeel: number } }[];
}

/** Runs one year simulation; calls `voortgang` after each simulated month of each variant. */
export type JaarsimulatieUitvoerder<R extends JaarsimulatieUitkomst = JaarsimulatieUitkomst> = (
  opdracht: JaarsimulatieOpdracht,
  voortgang: (variant: string, maand: number, totaal: number) => void,
) => Promise<R>;

export type JaarsimulatieStatus = 'bezig' | 'klaar' | 'mislukt';

export interface JaarsimulatieStand<R extends JaarsimulatieUitkomst = JaarsimulatieUitkomst> {
  id: number;
  status: JaarsimulatieStatus;
  huishoudens: number;
  varianten: string[];
  seed: number;
  /** Who started it (staff id) and when (ISO). */
  door: string;
  gestart: string;
  klaarOp?: string;
  /** The variant being simulated now (while running). */
  variant?: string;
  /** Simulated months done over all variants, and how many there are in all. */
  maandenGedaan: number;
  maandenTotaal: number;
  melding?: string;
  resultaat?: R;
}

const BEWAARD = 10;
/** Steps per variant before the first progress report says otherwise: twelve months. */
const MAANDEN = 12;

/** The year simulations of this server process. */
export class Jaarsimulaties<R extends JaarsimulatieUitkomst = JaarsimulatieUitkomst> {
  private volgende = 1;
  private readonly runs = new Map<number, JaarsimulatieStand<R>>();
  private lopend: Promise<void> = Promise.resolve();

  /** `varianten`: the variants the simulation knows, in their order (the default choice). */
  constructor(
    private readonly uitvoerder: JaarsimulatieUitvoerder<R>,
    readonly varianten: readonly string[],
  ) {}

  /** Starts a run at once; refused (409) while another runs. */
  start(
    opdracht: JaarsimulatieOpdracht,
    door: string,
    nu: string,
    klok: () => string,
  ): JaarsimulatieStand<R> {
    const bezig = [...this.runs.values()].find((r) => r.status === 'bezig');
    if (bezig)
      throw new Conflict(
        'niet-toegestaan',
        `Er loopt al een jaarsimulatie (nummer ${bezig.id}, ${bezig.maandenGedaan} van ${bezig.maandenTotaal} maanden). Er draait er één tegelijk; start een nieuwe als die klaar is.`,
      );
    const stand: JaarsimulatieStand<R> = {
      id: this.volgende++,
      status: 'bezig',
      huishoudens: opdracht.huishoudens,
      varianten: [...opdracht.varianten],
      seed: opdracht.seed,
      door,
      gestart: nu,
      maandenGedaan: 0,
      maandenTotaal: opdracht.varianten.length * MAANDEN,
    };
    this.runs.set(stand.id, stand);
    for (const oud of this.runs.keys()) if (this.runs.size > BEWAARD) this.runs.delete(oud);
    this.lopend = this.voerUit(stand, opdracht, klok);
    return stand;
  }

  private async voerUit(stand: JaarsimulatieStand<R>, o: JaarsimulatieOpdracht, klok: () => string) {
    try {
      stand.resultaat = await this.uitvoerder(o, (variant, maand, totaal) => {
        const i = o.varianten.indexOf(variant);
        stand.variant = variant;
        stand.maandenTotaal = o.varianten.length * totaal;
        stand.maandenGedaan = Math.max(0, i) * totaal + Math.min(maand, totaal);
      });
      stand.maandenGedaan = stand.maandenTotaal;
      stand.status = 'klaar';
    } catch (e) {
      stand.status = 'mislukt';
      stand.melding = (e as Error).message;
    }
    delete stand.variant;
    stand.klaarOp = klok();
  }

  stand(id: number): JaarsimulatieStand<R> | undefined {
    return this.runs.get(id);
  }

  /** The runs kept, newest first, without their results. */
  lijst(): Omit<JaarsimulatieStand<R>, 'resultaat'>[] {
    return [...this.runs.values()].reverse().map(({ resultaat: _, ...rest }) => rest);
  }

  /** The newest run that is done, with its result (the team lead's ETA figure). */
  laatsteKlaar(): JaarsimulatieStand<R> | undefined {
    return [...this.runs.values()].reverse().find((r) => r.status === 'klaar');
  }

  /** Waits until the running simulation is done (tests, shutting down). */
  async klaar(): Promise<void> {
    await this.lopend;
  }
}

function jaarsimulatiesVan(o: Omgeving): Jaarsimulaties {
  if (!o.jaarsimulaties)
    throw new Conflict('niet-toegestaan', 'Jaarsimulaties staan op deze server niet aan.');
  return o.jaarsimulaties;
}

/** Starts a year simulation; an unknown or repeated variant is a 400 naming `varianten`. */
export function startJaarsimulatie(
  o: Omgeving,
  ctx: Context,
  vraag: JaarsimulatieVerzoek,
): JaarsimulatieStand {
  const sessie = vereis(ctx, 'simulatie:uitvoeren');
  const js = jaarsimulatiesVan(o);
  const varianten = vraag.varianten ?? [...js.varianten];
  for (const v of varianten)
    if (!js.varianten.includes(v))
      throw new Ongeldig([
        {
          naam: 'varianten',
          reden: `"${v}" is geen variant (kies uit ${js.varianten.join(', ')})`,
          code: 'keuze',
        },
      ]);
  if (new Set(varianten).size !== varianten.length)
    throw new Ongeldig([{ naam: 'varianten', reden: 'noem elke variant hooguit één keer' }]);
  return js.start(
    { huishoudens: vraag.huishoudens, seed: vraag.seed, varianten },
    sessie.id,
    o.klok(),
    o.klok,
  );
}

/** The year simulations this server keeps, newest first, without results. */
export function jaarsimulatieLijst(o: Omgeving, ctx: Context): Omit<JaarsimulatieStand, 'resultaat'>[] {
  vereis(ctx, 'simulatie:uitvoeren');
  return o.jaarsimulaties ? o.jaarsimulaties.lijst() : [];
}

/** A year simulation's state, and its result once done. */
export function jaarsimulatie(o: Omgeving, ctx: Context, id: number): JaarsimulatieStand {
  vereis(ctx, 'simulatie:uitvoeren');
  const s = jaarsimulatiesVan(o).stand(id);
  if (!s) throw new NietGevonden(`Er is geen jaarsimulatie ${id} (meer) op deze server.`);
  return s;
}

/**
 * The ETA accuracy of the newest finished year simulation, for the team lead (issue 20): per
 * variant how often the expected completion was right within ± 20 %. Undefined: none has run yet.
 */
export function etaUitJaarsimulatie(o: Omgeving, ctx: Context) {
  vereis(ctx, 'zaak:herverdelen');
  const s = o.jaarsimulaties?.laatsteKlaar();
  if (!s?.resultaat) return undefined;
  return {
    id: s.id,
    klaarOp: s.klaarOp!,
    huishoudens: s.resultaat.huishoudens,
    varianten: s.resultaat.varianten.map((v) => ({ variant: v.variant, ...v.eta })),
  };
}
