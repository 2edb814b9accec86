/**
 * @module
 * `regelmaat jaar simuleer`: the year simulation (issue 20) — a synthetic population through 2026
 * month by month through the product's real runs and services, in the baseline and the product's
 * variant, each on a fresh database of its own (PGlite in memory; a throw-away schema on PostgreSQL
 * when DATABASE_URL is set, dropped afterwards). Never touches the configured data.
 */
import { randomBytes } from 'node:crypto';
import { configUitOmgeving, openDb } from '@regelmaat/db';
import { type JaarResultaat, simuleerJaar, VARIANTEN, type VariantNaam } from '@regelmaat/jaarsimulatie';
import { wetgeving } from '@regelmaat/law';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { voortgangsbalk } from '../voortgangsbalk';
import type { Io } from './io';
import { toonJaar } from './jaar-tekst';

/** The largest population that runs a year in a few minutes on the development machine (docs/jaarsimulatie.md). */
export const STANDAARD_HUISHOUDENS = 500;

export function variantenUit(tekst: string | undefined): VariantNaam[] {
  if (tekst === undefined) return [...VARIANTEN];
  const lijst = tekst.split(',').map((s) => s.trim());
  for (const v of lijst)
    if (!(VARIANTEN as readonly string[]).includes(v))
      throw new GebruiksFout(`Onbekende variant: "${v}" (kies uit ${VARIANTEN.join(', ')})`);
  if (lijst.length === 0 || new Set(lijst).size !== lijst.length)
    throw new GebruiksFout('--varianten noemt elke variant hooguit één keer');
  return lijst as VariantNaam[];
}

/** A fresh database for one variant: PGlite in memory, or a schema of its own on PostgreSQL. */
export function nieuweDatabase() {
  const c = configUitOmgeving();
  let teller = 0;
  if (!c.databaseUrl) return { naam: 'PGlite' as const, open: () => openDb({ dataDir: 'memory://' }) };
  const url = c.databaseUrl;
  return {
    naam: 'PostgreSQL' as const,
    open: async () => {
      const schema = `jaarsimulatie_${process.pid}_${Date.now().toString(36)}_${teller++}`;
      const db = await openDb({ databaseUrl: url, schema });
      const sluit = db.close;
      return {
        ...db,
        close: async () => {
          await db.exec(`DROP SCHEMA ${schema} CASCADE`);
          await sluit();
        },
      };
    },
  };
}

export async function jaar(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'simuleer')
    throw new GebruiksFout(
      'Gebruik: regelmaat jaar simuleer [--huishoudens N] [--varianten basis,product] [--seed S] [--json]',
    );
  const a = ontleed(rest, { waarden: ['huishoudens', 'varianten', 'seed'], vlaggen: ['json'] });
  const huishoudens = geheelGetal(a, 'huishoudens', STANDAARD_HUISHOUDENS, 1, 1_000_000);
  const seed = geheelGetal(a, 'seed', 1, 0, 2 ** 31 - 1);
  const varianten = variantenUit(a.waarden.get('varianten'));
  const db = nieuweDatabase();
  io.stderr(
    `Jaarsimulatie 2026: ${huishoudens.toLocaleString('nl-NL')} huishoudens, seed ${seed}, ${varianten.join(' en ')}, ${db.naam} (een eigen, tijdelijke database per variant)\n`,
  );
  const balken = new Map(varianten.map((v) => [v, voortgangsbalk(`${v.padEnd(7)}`, io.stderr)]));
  const r: JaarResultaat = await simuleerJaar({
    huishoudens,
    seed,
    varianten,
    wetgeving: wetgeving(),
    openDb: db.open,
    database: db.naam,
    pseudoniemSleutel: randomBytes(32).toString('base64url'),
    voortgang: (v, maand, totaal) => balken.get(v)!(maand, totaal, 'maanden'),
  });
  io.stdout(a.vlaggen.has('json') ? `${JSON.stringify(r)}\n` : toonJaar(r));
  return 0;
}
