/**
 * `regelmaat server [--poort 3000] [--demo] [--huishoudens 3000] [--alleen-api]` — starts the API
 * (/v1) and the web app on the database (PGlite in REGELMAAT_DATA, default .data/regelmaat, or
 * PostgreSQL via DATABASE_URL). With --demo: an empty database is first filled with demo data, the
 * labelled DigiD simulation is on, and the address, demo accounts and citizens to try are printed.
 */
import { openDb } from '@regelmaat/db';
import { type Omgeving, STANDAARD_INSTELLINGEN } from '@regelmaat/diensten';
import { wetgeving } from '@regelmaat/law';
import { DEMO_ACCOUNTS, DEMO_PARTNER } from '@regelmaat/toegang';
import { geheelGetal, ontleed } from '../argumenten';
import { demoVoorbeelden, zaaiDemo } from '../server/demo-zaaien';
import { maakServer } from '../server/server';
import { leesSleutels } from '../server/sleutels';
import type { Io } from './io';

export async function server(args: string[], io: Io): Promise<number> {
  const a = ontleed(args, {
    waarden: ['poort', 'huishoudens', 'host'],
    vlaggen: ['demo', 'alleen-api', 'stil'],
  });
  const poort = geheelGetal(a, 'poort', Number(process.env.PORT ?? 3000), 0, 65_535);
  const host = a.waarden.get('host') ?? '127.0.0.1';
  const demo = a.vlaggen.has('demo');
  const huishoudens = geheelGetal(a, 'huishoudens', 3_000, 10, 100_000);
  const databaseUrl = process.env.DATABASE_URL;
  const dataMap = databaseUrl ? undefined : (process.env.REGELMAAT_DATA ?? '.data/regelmaat');
  const db = await openDb({
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(dataMap ? { dataDir: dataMap } : {}),
  });
  const w = wetgeving();
  const klok = () => new Date().toISOString();
  const nu = klok();
  const jaar = Number(nu.slice(0, 4)) <= 2025 ? 2025 : 2026;
  const sleutels = leesSleutels(process.env, dataMap);
  if (demo) {
    const maand = Number(nu.slice(0, 4)) > jaar ? 12 : Number(nu.slice(5, 7));
    await zaaiDemo(db, w, {
      huishoudens,
      jaar,
      totEnMetMaand: maand,
      melding: io.stderr,
      pseudoniemSleutel: sleutels.pseudoniem,
    });
  }
  const o: Omgeving = {
    db,
    wetgeving: w,
    klok,
    sleutels,
    instellingen: {
      ...STANDAARD_INSTELLINGEN,
      digidSimulatie: demo || process.env.REGELMAAT_DIGID_SIMULATIE === '1',
    },
  };
  const app = await maakServer(o, {
    alleenApi: a.vlaggen.has('alleen-api'),
    log: !a.vlaggen.has('stil') && !demo,
  });
  const adres = await app.listen({ port: poort, host });
  io.stdout(`\nRegelmaat draait op ${adres}\n`);
  io.stdout(`  API:      ${adres}/v1 (OpenAPI: ${adres}/v1/openapi.json)\n`);
  if (!a.vlaggen.has('alleen-api')) io.stdout(`  Website:  ${adres}/\n`);
  if (demo) {
    io.stdout('\nDemo-accounts voor medewerkers (gebruikersnaam / wachtwoord / rol):\n');
    for (const d of DEMO_ACCOUNTS)
      io.stdout(
        `  ${d.gebruikersnaam.padEnd(20)} ${d.wachtwoord.padEnd(28)} ${d.rol}${d.team ? ` (team ${d.team})` : ''}\n`,
      );
    io.stdout(`Partner-API: client-id ${DEMO_PARTNER.clientId}, geheim ${DEMO_PARTNER.secret}\n`);
    io.stdout('\nBurgers om mee in te loggen met de DigiD-simulatie (BSN):\n');
    for (const b of (await demoVoorbeelden(db, jaar)).burgers) io.stdout(`  ${b.bsn}  ${b.waarom}\n`);
    io.stdout('\nStoppen: Ctrl+C\n');
  }
  await new Promise<void>((klaar) => {
    const stop = () => {
      app
        .close()
        .then(() => db.close())
        .then(klaar, klaar);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
