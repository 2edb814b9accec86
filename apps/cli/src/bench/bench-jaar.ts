/**
 * @module
 * `npm run bench:jaar [-- --huishoudens N] [-- --variant product]` (issue 20): the time per simulated
 * month of the year simulation, against a same-run ceiling — one plain advance run (voorschot) of
 * the same households on a fresh database of the same kind, the cheapest thing that touches every
 * household once. Printed: seconds per month (mean and slowest), the ceiling, and the ceiling as a
 * share of a month (100 % would mean a month costs no more than one advance run). Without
 * DATABASE_URL on PGlite in memory; with it on PostgreSQL in throw-away schemas.
 */
import { randomBytes } from 'node:crypto';
import { configUitOmgeving, type Db, openDb } from '@regelmaat/db';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { populatie, SIMULATIEJAAR, simuleerJaar, type VariantNaam } from '@regelmaat/jaarsimulatie';
import { wetgeving } from '@regelmaat/law';
import { alsDossier, kalender } from '@regelmaat/populatie';
import { geenUitval, startRun, werk } from '@regelmaat/verwerking';
import { geheelGetal, ontleed } from '../argumenten';
import { variantenUit } from '../opdrachten/jaar';

async function nieuweDb(): Promise<Db> {
  const c = configUitOmgeving();
  if (!c.databaseUrl) return openDb({ dataDir: 'memory://' });
  const schema = `bench_jaar_${process.pid}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const db = await openDb({ databaseUrl: c.databaseUrl, schema });
  const sluit = db.close;
  return {
    ...db,
    close: async () => {
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await sluit();
    },
  };
}

/** Seconds of one advance run of the population on a fresh database (loading untimed). */
async function plafond(huishoudens: number, seed: number): Promise<number> {
  const w = wetgeving();
  const k = kalender(SIMULATIEJAAR);
  const db = await nieuweDb();
  try {
    const lijst = populatie({ huishoudens, seed });
    await db.transaction((tx) =>
      schrijfHuishoudens(
        tx,
        lijst.map((h) => alsDossier(h.sh, SIMULATIEJAAR, k.aanvraagOp)),
      ),
    );
    const start = performance.now();
    const { run } = await startRun(
      db,
      {
        soort: 'voorschot',
        jaar: SIMULATIEJAAR,
        bekendOp: k.voorschotOp,
        nu: k.voorschotOp,
        partitiegrootte: 1_000,
      },
      w,
    );
    await werk(db, run, w, geenUitval, {
      worker: 'bench-jaar',
      logboek: { sleutel: randomBytes(32).toString('base64url') },
    });
    return (performance.now() - start) / 1000;
  } finally {
    await db.close();
  }
}

export async function runJaarBenchmark(args: string[]): Promise<void> {
  const a = ontleed(args, { waarden: ['huishoudens', 'seed', 'variant'] });
  const huishoudens = geheelGetal(a, 'huishoudens', 500, 1, 1_000_000);
  const seed = geheelGetal(a, 'seed', 1, 0, 2 ** 31 - 1);
  const [variant] = variantenUit(a.waarden.get('variant') ?? 'product') as [VariantNaam];
  const database = configUitOmgeving().databaseUrl ? 'PostgreSQL' : 'PGlite';
  process.stdout.write(`bench:jaar — ${huishoudens} huishoudens, variant ${variant}, ${database}\n`);
  const grens = await plafond(huishoudens, seed);
  const r = await simuleerJaar({
    huishoudens,
    seed,
    varianten: [variant],
    wetgeving: wetgeving(),
    openDb: nieuweDb,
    database,
    pseudoniemSleutel: randomBytes(32).toString('base64url'),
  });
  const maanden = r.varianten[0]!.secondenPerMaand;
  const gemiddeld = maanden.reduce((x, y) => x + y, 0) / maanden.length;
  const traagst = Math.max(...maanden);
  process.stdout.write(
    `${[
      `seconden per gesimuleerde maand: gemiddeld ${gemiddeld.toFixed(2)}, traagste ${traagst.toFixed(2)} (${maanden.map((m) => m.toFixed(1)).join(' ')})`,
      `plafond (zelfde run): één voorschotrun van dezelfde ${huishoudens} huishoudens ${grens.toFixed(2)} s`,
      `aandeel: het plafond is ${((grens / gemiddeld) * 100).toFixed(0)} % van een gemiddelde maand (een maand kost ${(gemiddeld / grens).toFixed(1)}× een voorschotrun)`,
      `jaar in totaal (12 maanden, zonder de afrekening na het jaar): ${(gemiddeld * 12).toFixed(1)} s`,
    ].join('\n')}\n`,
  );
}
