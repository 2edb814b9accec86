/**
 * @module
 * Saved simulation scenarios for the policy analyst (issue 18): list, save, view and run them. A
 * scenario holds a reform (YAML: the berekeningsjaar, an optional shared baseline, the parts in
 * stacking order), its name, author (the session's staff id), date and description. The YAML is
 * checked like the law's own parameters before it is stored (`leesScenarioHervorming`: every value
 * with a source or a proposal note, every part loaded by the law's loader), each problem with its
 * line. The shipped example reforms are read-only scenarios, stored on first use under their file
 * name. A scenario concerns no person, so no processing log is written; `simulatie:uitvoeren` is
 * checked on every call. A scenario's page shows the signals whose answer links to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sql } from '@regelmaat/db';
import { Ongeldig } from '@regelmaat/kernel';
import {
  type Hervorming,
  HervormingOngeldig,
  leesScenarioHervorming,
  voorbeeldHervormingen,
  voorbeeldMap,
} from '@regelmaat/simulatie';
import { namenVanMedewerkers } from '@regelmaat/toegang';
import {
  bewaarScenario,
  bewaarVoorbeeldScenarios,
  type Scenario,
  type SignaalStatus,
  scenarioLijst,
  scenarioMetId,
  signalenVanScenario,
} from '@regelmaat/zaken';
import { type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import { type SimulatieStand, startHervorming } from './simulaties';
import type { ScenarioVraag } from './verzoeken/scenario';

export interface ScenarioWeergave extends Scenario {
  /** A shipped example: read-only. */
  alleenLezen: boolean;
  /** The parts in stacking order (their names), as the reform reads them. */
  onderdelen: string[];
  /** What the parameters cannot express, said with the reform. */
  beperkingen: string[];
}

export interface ScenarioPagina extends ScenarioWeergave {
  /** The signals whose answer links to this scenario (newest first). */
  signalen: { id: number; thema: string; status: SignaalStatus; antwoordSoort: string | null }[];
}

/** The reform of a stored scenario with the scenario's own name, author, date and description. */
export function hervormingVan(s: Scenario): Hervorming {
  return leesScenarioHervorming(s.hervorming, {
    naam: s.naam,
    auteur: s.auteur,
    datum: s.datum,
    beschrijving: s.beschrijving,
  });
}

/** A scenario as shown: a staff author by name (a shipped example names its own author). */
function weergave(s: Scenario, namen: ReadonlyMap<string, string>): ScenarioWeergave {
  let onderdelen: string[] = [];
  let beperkingen: string[] = [];
  try {
    const h = hervormingVan(s);
    onderdelen = h.onderdelen.map((o) => o.naam);
    beperkingen = h.beperkingen ?? [];
  } catch {
    // A stored reform the law no longer accepts (a parameter removed since): shown, not runnable.
  }
  return {
    ...s,
    auteur: namen.get(s.auteur) ?? s.auteur,
    alleenLezen: s.voorbeeld !== null,
    onderdelen,
    beperkingen,
  };
}

const vastgelegd = new WeakSet<object>();

/** Stores the shipped examples that are not stored yet (once per database handle). */
async function zorgVoorVoorbeelden(o: Omgeving): Promise<void> {
  if (vastgelegd.has(o.db)) return;
  const map = voorbeeldMap();
  await o.db.transaction((tx) =>
    bewaarVoorbeeldScenarios(
      tx,
      [...voorbeeldHervormingen()].map(([naam, h]) => ({
        voorbeeld: naam,
        naam: h.naam,
        auteur: h.auteur,
        datum: h.datum,
        beschrijving: h.beschrijving,
        hervorming: readFileSync(join(map, `${naam}.yaml`), 'utf8'),
      })),
      o.klok(),
    ),
  );
  vastgelegd.add(o.db);
}

/** The saved scenarios, the shipped examples first. */
export async function scenarios(o: Omgeving, ctx: Context): Promise<ScenarioWeergave[]> {
  vereis(ctx, 'simulatie:uitvoeren');
  await zorgVoorVoorbeelden(o);
  const namen = await namenVanMedewerkers(o.db);
  return (await scenarioLijst(o.db)).map((s) => weergave(s, namen));
}

/** One scenario with the signals that link to it; NietGevonden when there is none. */
export async function scenarioPagina(o: Omgeving, ctx: Context, id: number): Promise<ScenarioPagina> {
  vereis(ctx, 'simulatie:uitvoeren');
  await zorgVoorVoorbeelden(o);
  const s = await scenarioMetId(o.db, id);
  const signalen = await signalenVanScenario(o.db, id);
  return {
    ...weergave(s, await namenVanMedewerkers(o.db)),
    signalen: signalen.map((g) => ({
      id: g.id,
      thema: g.thema,
      status: g.status,
      antwoordSoort: g.antwoord?.soort ?? null,
    })),
  };
}

/**
 * Saves a scenario: the author is the session's staff member and the date today's. Refused with
 * every problem of the YAML (each with its line) under the field `hervorming`.
 */
export async function maakScenario(
  o: Omgeving,
  ctx: Context,
  vraag: ScenarioVraag,
): Promise<ScenarioWeergave> {
  const sessie = vereis(ctx, 'simulatie:uitvoeren');
  const nu = o.klok();
  const gegevens = {
    naam: vraag.naam,
    auteur: sessie.id,
    datum: nu.slice(0, 10),
    beschrijving: vraag.beschrijving,
  };
  try {
    const h = leesScenarioHervorming(vraag.hervorming, gegevens);
    if (h.jaar !== 2026)
      throw new Ongeldig([
        { naam: 'hervorming', reden: 'jaar: de synthetische populatie is van 2026, kies jaar: 2026' },
      ]);
  } catch (e) {
    if (e instanceof HervormingOngeldig)
      throw new Ongeldig(e.problemen.map((p) => ({ naam: 'hervorming', reden: p })));
    throw e;
  }
  return weergave(
    await bewaarScenario(o.db, { ...gegevens, hervorming: vraag.hervorming }, nu),
    await namenVanMedewerkers(o.db),
  );
}

/** Runs a saved scenario, its parts stacked in order (the waterfall shows each in turn). */
export async function simuleerScenario(o: Omgeving, ctx: Context, id: number): Promise<SimulatieStand> {
  vereis(ctx, 'simulatie:uitvoeren');
  await zorgVoorVoorbeelden(o);
  const s = await scenarioMetId(o.db, id);
  let h: Hervorming;
  try {
    h = hervormingVan(s);
  } catch (e) {
    if (e instanceof HervormingOngeldig)
      throw new Ongeldig(e.problemen.map((p) => ({ naam: 'hervorming', reden: p })));
    throw e;
  }
  return startHervorming(o, ctx, h, s.id);
}

/**
 * The reform of a saved scenario read straight from a database (the CLI's `simuleer --scenario`,
 * an operator's tool without a session: a scenario holds no personal data).
 */
export async function hervormingVanOpgeslagen(db: Sql, id: number): Promise<Hervorming> {
  return hervormingVan(await scenarioMetId(db, id));
}
