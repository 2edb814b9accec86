/**
 * `regelmaat server [--poort 3000] [--demo] [--huishoudens 3000] [--alleen-api] [--processen N]
 * [--achter-tls] [--vertrouwde-proxy ADRES]` —
 * starts the API (/v1) and the web app on the database (PGlite in REGELMAAT_DATA, default
 * .data/regelmaat, or PostgreSQL via DATABASE_URL). With --demo: an empty database is first filled
 * with demo data, the labelled DigiD simulation is on, and the address, demo accounts and citizens
 * to try are printed. With --processen N (PostgreSQL only) N processes share the port (node:cluster):
 * the services keep no state in memory, so any process can answer any request.
 */
import cluster from 'node:cluster';
import { bewaarParameterset } from '@regelmaat/beschikking';
import { configUitOmgeving, type Db, openDb } from '@regelmaat/db';
import {
  controleerBezetting,
  type Omgeving,
  OnbezetteZaaktypen,
  Simulaties,
  STANDAARD_INSTELLINGEN,
} from '@regelmaat/diensten';
import { herstelFeitIndexen } from '@regelmaat/dossier-opslag';
import { wetgeving } from '@regelmaat/law';
import { voorbeeldHervormingen } from '@regelmaat/simulatie';
import { DEMO_ACCOUNTS, DEMO_PARTNERS } from '@regelmaat/toegang';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { zaaiDemoBezwaren, zaaiDemoTeLaatBezwaar } from '../server/demo-bezwaren';
import { zaaiDemoLevensgebeurtenissen } from '../server/demo-levensgebeurtenissen';
import { zaaiDemoMaatwerkNiveau2 } from '../server/demo-maatwerk-niveau2';
import { zaaiDemoHuurmelding } from '../server/demo-partners';
import {
  demoVoorbeelden,
  zaaiDemo,
  zaaiDemoBrieven,
  zaaiDemoPartnermelding,
  zaaiDemoWerk,
} from '../server/demo-zaaien';
import { serverJaarsimulaties } from '../server/jaarsimulaties';
import { maakServer } from '../server/server';
import { leesSleutels } from '../server/sleutels';
import type { Io } from './io';
import { WERKER } from './simuleer';

export async function server(args: string[], io: Io): Promise<number> {
  // Listen for Ctrl+C / SIGTERM from the very start: a stop that comes while starting up is kept and
  // carried out as soon as the server is up (instead of killing the process halfway).
  const stopSignaal = new Promise<void>((r) => {
    process.once('SIGINT', () => r());
    process.once('SIGTERM', () => r());
  });
  const a = ontleed(args, {
    waarden: ['poort', 'huishoudens', 'host', 'processen', 'vertrouwde-proxy'],
    vlaggen: ['demo', 'alleen-api', 'stil', 'achter-tls'],
  });
  const poort = geheelGetal(a, 'poort', Number(process.env.PORT ?? 3000), 0, 65_535);
  const host = a.waarden.get('host') ?? '127.0.0.1';
  const demo = a.vlaggen.has('demo');
  const huishoudens = geheelGetal(a, 'huishoudens', 3_000, 10, 100_000);
  const databaseUrl = process.env.DATABASE_URL;
  const dataMap = databaseUrl ? undefined : (process.env.REGELMAAT_DATA ?? '.data/regelmaat');
  const processen = geheelGetal(a, 'processen', 1, 1, 64);
  if (processen > 1 && !databaseUrl) {
    throw new GebruiksFout(
      '--processen werkt met PostgreSQL (DATABASE_URL); de ingebouwde database is één proces',
    );
  }
  // With --processen N the primary seeds and prints; N worker processes share the port and serve.
  const werker = cluster.isWorker;
  const db = await openDb({
    // REGELMAAT_EIGENAAR_URL: migrate as the schema's owner, serve as DATABASE_URL's role.
    ...(databaseUrl ? { ...configUitOmgeving(), databaseUrl, poolGrootte: 12 } : {}),
    ...(dataMap ? { dataDir: dataMap } : {}),
  });
  const w = wetgeving();
  const klok = () => new Date().toISOString();
  const nu = klok();
  const jaar = Number(nu.slice(0, 4)) <= 2025 ? 2025 : 2026;
  const sleutels = leesSleutels(process.env, dataMap);
  // The law in force is kept by its version before anything is served: new decisions refer to it,
  // and decisions from before migration 019 of this version find it when they are explained.
  if (!werker) await bewaarParameterset(db, w, nu);
  if (demo && !werker) {
    const maand = Number(nu.slice(0, 4)) > jaar ? 12 : Number(nu.slice(5, 7));
    await zaaiDemo(db, w, {
      huishoudens,
      jaar,
      totEnMetMaand: maand,
      melding: io.stderr,
      pseudoniemSleutel: sleutels.pseudoniem,
      nu,
    });
  }
  // Every case type lands in a team with staff, or the server does not start (issue 17): a case in a
  // team without staff is in nobody's queue. A database without any staff account yet passes.
  if (!werker) {
    try {
      const b = await controleerBezetting(db);
      if (b.medewerkers === 0)
        io.stderr('Let op: er zijn nog geen medewerkers; niemand kan de werkvoorraden zien.\n');
    } catch (e) {
      if (!(e instanceof OnbezetteZaaktypen)) throw e;
      await db.close();
      throw new GebruiksFout(e.message);
    }
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
    // The policy analyst's simulations: 20,000 synthetic households (the snapshot is made on the
    // first run and kept in the temporary folder), on two worker threads of the build.
    simulaties: new Simulaties({ huishoudens: 20_000, seed: 1, werker: WERKER, threads: 2 }),
    // The year simulations (issue 20): each variant on a fresh database of its own, one at a time.
    jaarsimulaties: serverJaarsimulaties(w),
  };
  // Letters of more kinds than the advance: a change and a maatwerk decision (issue 13).
  if (demo && !werker) {
    await zaaiDemoBrieven(o, jaar);
    await zaaiDemoWerk(o, jaar);
    // A level-2 maatwerk decision, approved, with comparable and not comparable cases (issue 17).
    await zaaiDemoMaatwerkNiveau2(o, jaar);
    await zaaiDemoBezwaren(o, jaar);
    if (!(await zaaiDemoTeLaatBezwaar(o)))
      io.stderr(
        'Nog geen te laat bezwaar in de demo (Awb 6:11): dat komt er bij een start als de brieven ouder zijn dan zes weken.\n',
      );
    // A childcare provider's deregistration: a new decision and a message in Mijn berichten (issue 16).
    await zaaiDemoPartnermelding(o, jaar);
    // A housing corporation's rent increase per 1 July: a new decision and a message (issue 16).
    await zaaiDemoHuurmelding(o, jaar);
    // Two simulations the policy analyst finds done (or running) on the list page, so the result,
    // its charts and workload, and the comparison show at once (issue 18).
    if (processen === 1)
      for (const naam of ['huurtoeslag-2026-pakket', 'kinderopvangtoeslag-96-procent'])
        o.simulaties!.start(voorbeeldHervormingen().get(naam)!, 'm-beleid-1', klok(), klok);
    // Messages before a change comes (a child turning 4, the AOW age, …) and call tasks (issue 16).
    await zaaiDemoLevensgebeurtenissen(o, io.stderr);
  }
  if (processen > 1 && !werker) {
    await herstelFeitIndexen(db);
    const werkers = Array.from({ length: processen }, () => cluster.fork());
    const adres = await new Promise<string>((klaar, fout) => {
      for (const k of werkers) {
        k.once('message', (m: { adres?: string }) => m.adres && klaar(m.adres));
        k.once('exit', (code) => fout(new Error(`een serverproces stopte (${code})`)));
      }
    });
    await toonAdres(io, adres, a.vlaggen.has('alleen-api'), demo, db, jaar);
    await wachtOpStop(stopSignaal, async () => {
      // Signal the processes themselves (worker.kill() would first cut the IPC channel, and a
      // worker's server cannot then close its shared handle).
      for (const k of werkers) k.process.kill('SIGTERM');
      await Promise.all(werkers.map((k) => new Promise((r) => (k.isDead() ? r(0) : k.once('exit', r)))));
      await db.close();
    });
    return 0;
  }
  const proxy = a.waarden.get('vertrouwde-proxy') ?? process.env.REGELMAAT_VERTROUWDE_PROXY;
  const app = await maakServer(o, {
    alleenApi: a.vlaggen.has('alleen-api'),
    log: !a.vlaggen.has('stil') && !demo,
    achterTls: a.vlaggen.has('achter-tls') || process.env.REGELMAAT_ACHTER_TLS === '1',
    ...(proxy ? { vertrouwdeProxy: proxy } : {}),
    debug: process.env.REGELMAAT_DEBUG === '1',
  });
  const adres = await app.listen({ port: poort, host });
  if (werker) {
    process.send?.({ adres });
  } else {
    await herstelFeitIndexen(db);
    await toonAdres(io, adres, a.vlaggen.has('alleen-api'), demo, db, jaar);
  }
  await wachtOpStop(stopSignaal, async () => {
    await app.close();
    await o.simulaties?.sluit();
    await db.close();
    // A worker process ends once its channel to the primary is closed.
    if (werker) cluster.worker?.disconnect();
  });
  return 0;
}

async function wachtOpStop(signaal: Promise<void>, stop: () => Promise<void>): Promise<void> {
  await signaal;
  await stop().catch(() => {});
}

async function toonAdres(io: Io, adres: string, alleenApi: boolean, demo: boolean, db: Db, jaar: number) {
  io.stdout(`\nRegelmaat draait op ${adres}\n`);
  io.stdout(`  API:      ${adres}/v1 (OpenAPI: ${adres}/v1/openapi.json)\n`);
  if (!alleenApi) io.stdout(`  Website:  ${adres}/\n`);
  if (demo) {
    io.stdout('\nDemo-accounts voor medewerkers (gebruikersnaam / wachtwoord / rol):\n');
    for (const d of DEMO_ACCOUNTS)
      io.stdout(
        `  ${d.gebruikersnaam.padEnd(20)} ${d.wachtwoord.padEnd(28)} ${d.rol}${d.team ? ` (team ${d.team})` : ''}\n`,
      );
    for (const p of DEMO_PARTNERS) io.stdout(`Partner-API: client-id ${p.clientId}, geheim ${p.secret}\n`);
    io.stdout('\nBurgers om mee in te loggen met de DigiD-simulatie (BSN):\n');
    for (const b of (await demoVoorbeelden(db, jaar)).burgers) io.stdout(`  ${b.bsn}  ${b.waarom}\n`);
    io.stdout('\nStoppen: Ctrl+C\n');
  }
}
