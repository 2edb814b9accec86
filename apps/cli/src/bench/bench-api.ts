/**
 * @module
 * `npm run bench:api [-- --huishoudens N --seconden S --verbindingen C]`: drives the running API
 * with autocannon and prints requests/s and p50/p99 latency for three kinds of request — explaining
 * a household (POST /v1/berekeningen/huishouden, a different BSN each time), listing a queue
 * (GET /v1/zaken) and recording a contact (POST /v1/contacten) — with the count of non-2xx answers.
 * In the same run, on the same server processes and with the same connections and headers, it
 * measures the ceiling: a trivial endpoint (GET /v1/health/live: HTTP, Fastify and the route
 * machinery, no database), and prints each figure as a share of it — machines of the same kind
 * differ up to 2× in absolute figures, the share travels. GET /v1/health/ready (one database round
 * trip, no session) is printed as a second reference.
 *
 * With DATABASE_URL, a fresh database `regelmaat_bench` on that server is filled and the server runs
 * as a separate process (`regelmaat server --alleen-api`), as in production. Without it, PGlite in a
 * temporary folder and the server in a child process too. Figures, not pass/fail.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '@regelmaat/db';
import { wetgeving } from '@regelmaat/law';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import autocannon from 'autocannon';
import { geheelGetal, ontleed } from '../argumenten';
import { zaaiDemo } from '../server/demo-zaaien';

const BIN = fileURLToPath(new URL('../../bin/regelmaat.mjs', import.meta.url));

async function wachtOpServer(c: ChildProcess): Promise<string> {
  return new Promise((klaar, fout) => {
    let tekst = '';
    c.stdout!.on('data', (d: Buffer) => {
      tekst += d.toString();
      const m = /draait op (http:\/\/\S+)/.exec(tekst);
      if (m) klaar(m[1]!);
    });
    c.on('exit', (code) => fout(new Error(`server stopte (${code}): ${tekst}`)));
  });
}

interface Meting {
  naam: string;
  perSeconde: number;
  p50: number;
  p99: number;
  fouten: number;
  totaal: number;
}

async function meet(naam: string, opties: autocannon.Options): Promise<Meting> {
  const r = await autocannon(opties);
  return {
    naam,
    perSeconde: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    fouten: r.non2xx + r.errors + r.timeouts,
    totaal: r.requests.total,
  };
}

export async function runApiBenchmark(argv: string[]): Promise<void> {
  const a = ontleed(argv, { waarden: ['huishoudens', 'seconden', 'verbindingen', 'processen'] });
  const n = geheelGetal(a, 'huishoudens', 5_000, 10, 200_000);
  const seconden = geheelGetal(a, 'seconden', 10, 1, 600);
  const verbindingen = geheelGetal(a, 'verbindingen', 10, 1, 1_000);
  const basisUrl = process.env.DATABASE_URL;
  const processen = geheelGetal(a, 'processen', basisUrl ? 2 : 1, 1, 16);
  let env: NodeJS.ProcessEnv;
  let opruimen = () => {};
  if (basisUrl) {
    const beheer = await openDb({ databaseUrl: basisUrl });
    await beheer.exec('DROP DATABASE IF EXISTS regelmaat_bench WITH (FORCE)');
    await beheer.exec('CREATE DATABASE regelmaat_bench');
    await beheer.close();
    const url = new URL(basisUrl);
    url.pathname = '/regelmaat_bench';
    env = { ...process.env, DATABASE_URL: url.toString() };
  } else {
    const map = mkdtempSync(join(tmpdir(), 'regelmaat-bench-'));
    env = { ...process.env, REGELMAAT_DATA: map };
    opruimen = () => rmSync(map, { recursive: true, force: true });
  }
  env.REGELMAAT_SESSIESLEUTEL = 'bench-sessiesleutel-van-minstens-32-bytes!';
  env.REGELMAAT_PSEUDONIEMSLEUTEL = 'bench-pseudoniemsleutel-van-minstens-32-bytes';

  console.log(
    `Database: ${basisUrl ? 'PostgreSQL (regelmaat_bench)' : 'PGlite'}; ${n.toLocaleString('nl-NL')} huishoudens vullen…`,
  );
  const db = await openDb(
    env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.REGELMAAT_DATA! },
  );
  await zaaiDemo(db, wetgeving(), {
    huishoudens: n,
    jaar: 2026,
    totEnMetMaand: 1,
    melding: () => {},
    pseudoniemSleutel: env.REGELMAAT_PSEUDONIEMSLEUTEL,
    nu: new Date().toISOString(),
  });
  const bsns = (
    await db.query<{ bsn_aanvrager: string }>('SELECT bsn_aanvrager FROM huishouden ORDER BY id')
  ).rows.map((r) => r.bsn_aanvrager);
  await db.close();

  const server = spawn(
    process.execPath,
    [BIN, 'server', '--alleen-api', '--poort', '0', '--stil', '--processen', String(processen)],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const adres = await wachtOpServer(server);
    const behandelaar = DEMO_ACCOUNTS.find((d) => d.rol === 'behandelaar')!;
    const login = await fetch(`${adres}/v1/sessies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        gebruikersnaam: behandelaar.gebruikersnaam,
        wachtwoord: behandelaar.wachtwoord,
      }),
    });
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const basis = { url: adres, connections: verbindingen, duration: seconden, headers };
    let i = 0;
    const volgende = () => bsns[i++ % bsns.length]!;
    console.log(
      `Server: ${adres} (${processen} proces${processen > 1 ? 'sen' : ''}); ${verbindingen} verbindingen, ${seconden} s per meting.\n`,
    );
    const triviaal = { ...basis, requests: [{ method: 'GET' as const, path: '/v1/health/live' }] };
    const verzoeken: [string, autocannon.Options][] = [
      [
        'Eén databaseronde (GET /v1/health/ready)',
        { ...basis, requests: [{ method: 'GET', path: '/v1/health/ready' }] },
      ],
      [
        'Huishouden uitleggen (POST /v1/berekeningen/huishouden)',
        {
          ...basis,
          requests: [
            {
              method: 'POST',
              path: '/v1/berekeningen/huishouden',
              setupRequest: (req) => ({ ...req, body: JSON.stringify({ bsn: volgende() }) }),
            },
          ],
        },
      ],
      [
        'Werkvoorraad (GET /v1/zaken?limiet=50)',
        { ...basis, requests: [{ method: 'GET', path: '/v1/zaken?limiet=50' }] },
      ],
      [
        'Contact vastleggen (POST /v1/contacten)',
        {
          ...basis,
          requests: [
            {
              method: 'POST',
              path: '/v1/contacten',
              setupRequest: (req) => ({
                ...req,
                body: JSON.stringify({
                  bsn: volgende(),
                  kanaal: 'telefoon',
                  richting: 'uitgaand',
                  onderwerp: 'benchmark',
                  uitkomst: 'teruggebeld; vraag beantwoord',
                }),
              }),
            },
          ],
        },
      ],
    ];
    // Warm-up, not counted: a fresh server compiles its hot paths during its first requests.
    for (const [, opties] of [['', triviaal] as const, ...verzoeken])
      await autocannon({ ...opties, duration: Math.min(1, seconden) });
    // The ceiling once before and once after the product's requests; the higher of the two
    // counts, so a machine that gets busier during the run does not flatter the shares.
    const metingen: Meting[] = [
      await meet('Plafond: triviaal eindpunt (GET /v1/health/live), vooraf', triviaal),
    ];
    for (const [naam, opties] of verzoeken) metingen.push(await meet(naam, opties));
    metingen.push(await meet('Plafond: triviaal eindpunt (GET /v1/health/live), achteraf', triviaal));
    const plafond = metingen
      .filter((m) => m.naam.startsWith('Plafond'))
      .reduce((a, m) => (m.perSeconde > a.perSeconde ? m : a));
    console.log('| Verzoek | verzoeken/s | van het plafond | p50 ms | p99 ms | fouten (niet-2xx) | totaal |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const m of metingen) {
      const aandeel =
        plafond.perSeconde > 0 ? `${Math.round((100 * m.perSeconde) / plafond.perSeconde)}%` : '–';
      console.log(
        `| ${m.naam} | ${m.perSeconde.toLocaleString('nl-NL')} | ${aandeel} | ${m.p50} | ${m.p99} | ${m.fouten} | ${m.totaal.toLocaleString('nl-NL')} |`,
      );
    }
    const [voor, na] = metingen.filter((m) => m.naam.startsWith('Plafond')).map((m) => m.perSeconde);
    if (voor !== undefined && na !== undefined && Math.min(voor, na) < 0.75 * Math.max(voor, na))
      console.log(
        `\nLet op: het plafond was vooraf ${voor.toLocaleString('nl-NL')}/s en achteraf ${na.toLocaleString('nl-NL')}/s: de machine was niet rustig (of de server nog niet warm); de aandelen zijn ruw. Meet opnieuw op een rustige machine.`,
      );
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.on('exit', r));
    opruimen();
  }
}
