/**
 * `regelmaat populatie genereer --huishoudens N [--seed S] [--jaar J] [--batch B] [--workers W]`
 * `regelmaat populatie kalibratie --huishoudens N [--seed S] [--jaar J]`
 *
 * On PostgreSQL, --workers W loads W ranges of households in parallel processes; households are
 * deterministic per index, so the ranges are independent and each can resume after a crash.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { configUitOmgeving } from '@regelmaat/db';
import { metUitgesteldeFeitIndexen } from '@regelmaat/dossier-opslag';
import {
  formatRapport,
  genereerHuishouden,
  kalibratieRapport,
  MAX_GEGENEREERD,
  type SynthetischHuishouden,
} from '@regelmaat/populatie';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { laadPopulatie } from '../populatie/laad-populatie';
import { voortgangsbalk } from '../voortgangsbalk';
import { metDatabase } from './database';
import { type Io, nuVan } from './io';

const BIN = fileURLToPath(new URL('../../bin/regelmaat.mjs', import.meta.url));
const SPEC = { waarden: ['huishoudens', 'seed', 'jaar', 'batch', 'kalibratie', 'workers', 'van', 'tot'] };

function* huishoudens(aantal: number, seed: number, jaar: 2025 | 2026): Generator<SynthetischHuishouden> {
  for (let i = 0; i < aantal; i++) yield genereerHuishouden(seed, i, jaar);
}

async function parallel(
  aantal: number,
  seed: number,
  jaar: number,
  batch: number,
  workers: number,
  io: Io,
): Promise<void> {
  const stuk = Math.ceil(aantal / workers);
  const kinderen = Array.from({ length: workers }, (_, i) => {
    const args = [
      'populatie',
      'genereer',
      '--huishoudens',
      String(aantal),
      '--seed',
      String(seed),
      '--jaar',
      String(jaar),
    ];
    args.push(
      '--batch',
      String(batch),
      '--van',
      String(i * stuk),
      '--tot',
      String(Math.min(aantal, (i + 1) * stuk)),
      '--kalibratie',
      '0',
    );
    return spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
  });
  const fouten: string[] = [];
  for (const k of kinderen) k.stderr?.on('data', (d: Buffer) => fouten.push(d.toString()));
  const codes = await Promise.all(
    kinderen.map((k) => new Promise<number>((r) => k.on('exit', (c) => r(c ?? 1)))),
  );
  if (codes.some((c) => c !== 0)) {
    io.stderr(fouten.filter((f) => !f.startsWith('Database:') && !f.includes('%')).join(''));
    throw new Error(
      `${codes.filter((c) => c !== 0).length} laadproces(sen) mislukt; start opnieuw om verder te gaan`,
    );
  }
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
  const workers = geheelGetal(a, 'workers', 1, 1, 32);
  const van = geheelGetal(a, 'van', 0, 0, aantal);
  const tot = geheelGetal(a, 'tot', aantal, van, aantal);
  const start = performance.now();
  if (workers > 1) {
    if (!configUitOmgeving().databaseUrl)
      throw new GebruiksFout('--workers werkt met PostgreSQL (DATABASE_URL); PGlite is één proces');
    await metDatabase(io, (db) =>
      metUitgesteldeFeitIndexen(db, () => parallel(aantal, seed, jaar, batch, workers, io)),
    );
    io.stdout(
      `${aantal.toLocaleString('nl-NL')} huishoudens geladen met ${workers} processen in ${((performance.now() - start) / 1000).toFixed(1)} s.\n`,
    );
  } else {
    const deelVanParallel = van > 0 || tot < aantal;
    const uit = await metDatabase(io, (db) => {
      const laad = () =>
        laadPopulatie(db, {
          aantal,
          van,
          tot,
          seed,
          jaar,
          nu: nuVan(io),
          batch,
          bijVoortgang: voortgangsbalk('Genereren', io.stderr),
        });
      // A loader of one range (--van/--tot) leaves the indexes to its coordinator.
      return deelVanParallel ? laad() : metUitgesteldeFeitIndexen(db, laad);
    });
    const sec = (performance.now() - start) / 1000;
    io.stdout(
      `${uit.geladen.toLocaleString('nl-NL')} huishoudens geladen (${uit.feiten.toLocaleString('nl-NL')} feiten) in ${sec.toFixed(1)} s` +
        (uit.overgeslagen ? `; ${uit.overgeslagen.toLocaleString('nl-NL')} waren er al` : '') +
        `. Seed ${seed}, berekeningsjaar ${jaar}.\n`,
    );
  }
  const steekproef = Math.min(aantal, geheelGetal(a, 'kalibratie', 20_000, 0, 1_000_000));
  if (steekproef > 0)
    io.stdout(`\n${formatRapport(kalibratieRapport(huishoudens(steekproef, seed, jaar), jaar))}`);
  return 0;
}
