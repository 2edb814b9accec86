/**
 * `regelmaat populatie genereer --huishoudens N [--seed S] [--jaar J] [--batch B]`
 * `regelmaat populatie kalibratie --huishoudens N [--seed S] [--jaar J]`
 */
import {
  formatRapport,
  genereerHuishouden,
  kalibratieRapport,
  MAX_GEGENEREERD,
  type SynthetischHuishouden,
} from '@regelmaat/populatie';
import { laadPopulatie } from '@regelmaat/verwerking';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { voortgangsbalk } from '../voortgangsbalk';
import { metDatabase } from './database';
import type { Io } from './io';

const SPEC = { waarden: ['huishoudens', 'seed', 'jaar', 'batch', 'kalibratie'] };

function* huishoudens(aantal: number, seed: number, jaar: 2025 | 2026): Generator<SynthetischHuishouden> {
  for (let i = 0; i < aantal; i++) yield genereerHuishouden(seed, i, jaar);
}

export async function populatie(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const a = ontleed(rest, SPEC);
  const aantal = geheelGetal(a, 'huishoudens', undefined, 1, MAX_GEGENEREERD);
  const seed = geheelGetal(a, 'seed', 1, 0, 2 ** 31 - 1);
  const jaar = geheelGetal(a, 'jaar', 2026, 2025, 2026) as 2025 | 2026;
  if (sub === 'kalibratie') {
    io.stdout(formatRapport(kalibratieRapport(huishoudens(aantal, seed, jaar), jaar)));
    return 0;
  }
  if (sub !== 'genereer')
    throw new GebruiksFout(`Onbekende opdracht: populatie ${sub ?? ''}. Kies genereer of kalibratie.`);
  const batch = geheelGetal(a, 'batch', 10_000, 1, 1_000_000);
  const start = performance.now();
  const uit = await metDatabase(io, (db) =>
    laadPopulatie(db, { aantal, seed, jaar, batch, bijVoortgang: voortgangsbalk('Genereren', io.stderr) }),
  );
  const sec = (performance.now() - start) / 1000;
  io.stdout(
    `${uit.geladen.toLocaleString('nl-NL')} huishoudens geladen (${uit.feiten.toLocaleString('nl-NL')} feiten) in ${sec.toFixed(1)} s` +
      (uit.overgeslagen ? `; ${uit.overgeslagen.toLocaleString('nl-NL')} waren er al` : '') +
      `. Seed ${seed}, berekeningsjaar ${jaar}.\n`,
  );
  const steekproef = Math.min(aantal, geheelGetal(a, 'kalibratie', 20_000, 0, 1_000_000));
  if (steekproef > 0)
    io.stdout(`\n${formatRapport(kalibratieRapport(huishoudens(steekproef, seed, jaar), jaar))}`);
  return 0;
}
