/**
 * `regelmaat simuleer (--hervorming <bestand.yaml | naam> | --scenario <nummer>) [--huishoudens N]
 * [--seed S] [--threads T] [--momentopname BESTAND] [--json]`
 *
 * Runs a reform (a YAML overlay on the parameters, the name of a shipped example, or a scenario
 * saved in the database — the server's, or DATABASE_URL's — by its number) over the
 * synthetic population: the snapshot is read from its file, or generated once and written; the
 * households are computed on worker threads (dist/simulatie-werker.mjs) with a progress bar on
 * standard error; the result as tables, or as JSON with --json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configUitOmgeving, openDb } from '@regelmaat/db';
import { hervormingVanOpgeslagen } from '@regelmaat/diensten';
import { NietGevonden } from '@regelmaat/kernel';
import {
  type Hervorming,
  HervormingOngeldig,
  leesHervorming,
  momentopname,
  type Scenarios,
  scenariosVan,
  simuleer as simuleerHervorming,
  voorbeeldHervormingen,
} from '@regelmaat/simulatie';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { voortgangsbalk } from '../voortgangsbalk';
import { beschrijf } from './database';
import type { Io } from './io';
import { resultaatAlsTekst } from './simuleer-tekst';

const SPEC = {
  waarden: ['hervorming', 'scenario', 'huishoudens', 'seed', 'threads', 'momentopname'],
  vlaggen: ['json'],
};

/** The worker thread's entry in the build (apps/cli/dist). */
export const WERKER = new URL('../../dist/simulatie-werker.mjs', import.meta.url);

/** A reform from a file, or a shipped example by name. */
export function leesHervormingArgument(waarde: string): Hervorming {
  try {
    if (existsSync(waarde)) return leesHervorming(readFileSync(waarde, 'utf8'), waarde);
    const voorbeeld = voorbeeldHervormingen().get(waarde);
    if (voorbeeld) return voorbeeld;
  } catch (e) {
    if (e instanceof HervormingOngeldig) throw new GebruiksFout(e.message);
    throw e;
  }
  throw new GebruiksFout(
    `--hervorming: geen bestand ${waarde} en geen meegeleverde hervorming met die naam (${[...voorbeeldHervormingen().keys()].join(', ')})`,
  );
}

/** A scenario saved in the database (`/beleid/scenarios`), by its number. */
export async function leesScenarioArgument(waarde: string, io: Io): Promise<Hervorming> {
  if (!/^\d{1,15}$/.test(waarde)) throw new GebruiksFout(`--scenario: ${waarde} is geen scenarionummer`);
  io.stderr(`Database: ${beschrijf()}\n`);
  const db = await openDb(configUitOmgeving());
  try {
    return await hervormingVanOpgeslagen(db, Number(waarde));
  } catch (e) {
    if (e instanceof NietGevonden || e instanceof HervormingOngeldig)
      throw new GebruiksFout(`--scenario ${waarde}: ${e.message}`);
    throw e;
  } finally {
    await db.close();
  }
}

export async function simuleer(args: string[], io: Io): Promise<number> {
  const a = ontleed(args, SPEC);
  if (a.positioneel.length > 0) throw new GebruiksFout(`Onverwacht argument: ${a.positioneel[0]}`);
  const bestand = a.waarden.get('hervorming');
  const scenario = a.waarden.get('scenario');
  if ((bestand === undefined) === (scenario === undefined))
    throw new GebruiksFout(
      'Geef --hervorming (een bestand of voorbeeld) of --scenario (een opgeslagen nummer)',
    );
  const hervorming =
    bestand !== undefined ? leesHervormingArgument(bestand) : await leesScenarioArgument(scenario!, io);
  const huishoudens = geheelGetal(a, 'huishoudens', 100_000, 1, 9_000_000);
  const seed = geheelGetal(a, 'seed', 1, 0, 2 ** 31 - 1);
  const threads = geheelGetal(a, 'threads', Math.min(2, availableParallelism()), 1, 64);
  const vraag = { jaar: hervorming.jaar as 2025 | 2026, huishoudens, seed };
  const balk = voortgangsbalk('populatie', io.stderr);
  const { populatie, gelezen, pad } = momentopname(vraag, a.waarden.get('momentopname'), (n) =>
    balk(n, huishoudens),
  );
  io.stderr(`momentopname ${gelezen ? 'gelezen uit' : 'geschreven naar'} ${pad}\n`);
  const werker = existsSync(fileURLToPath(WERKER)) ? WERKER : undefined;
  if (!werker && threads > 1) io.stderr('geen build (npm run build): de simulatie rekent in één thread\n');
  const rekenBalk = voortgangsbalk('simulatie', io.stderr);
  let scenarios: Scenarios;
  try {
    scenarios = scenariosVan(hervorming);
  } catch (e) {
    if (e instanceof HervormingOngeldig) throw new GebruiksFout(e.message);
    throw e;
  }
  const { resultaat } = await simuleerHervorming({
    populatie,
    hervorming,
    scenarios,
    threads,
    ...(werker ? { werker } : {}),
    voortgang: rekenBalk,
  });
  io.stdout(a.vlaggen.has('json') ? `${JSON.stringify(resultaat, null, 2)}\n` : resultaatAlsTekst(resultaat));
  return 0;
}
