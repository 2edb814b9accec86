/**
 * @module
 * `npm run bench:batch [-- --huishoudens N --workers W --alleen pglite|postgres]`: for each database,
 * a fresh, empty database (PGlite in memory; a new schema on PostgreSQL), then it times:
 * generating and loading N households (COPY), the advance run, and the definitive run — each in
 * households per second — and reports the peak memory of this process. On PostgreSQL the runs use
 * W worker processes (`regelmaat worker`); on PGlite the runs work in this process.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type Db, openDb } from '@regelmaat/db';
import { metUitgesteldeFeitIndexen } from '@regelmaat/dossier-opslag';
import { wetgeving } from '@regelmaat/law';
import { kalender } from '@regelmaat/populatie';
import {
  type Run,
  type RunSoort,
  sluitAf,
  standaardUitval,
  startRun,
  voortgang,
  werk,
} from '@regelmaat/verwerking';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { laadPopulatie } from '../populatie/laad-populatie';
import { leesPseudoniemSleutel } from '../server/sleutels';
import {
  beschrijfGeschreven,
  type Geschreven,
  geschrevenDoorLaden,
  geschrevenDoorRun,
  geschrevenInvordering,
  leesQueriesVanRun,
  meetPlafond,
} from './plafond';

/**
 * The processing log's key, as `regelmaat run` reads it: REGELMAAT_PSEUDONIEMSLEUTEL. The benchmark
 * works on a fresh database, so without one it makes a key for itself and its worker processes.
 */
function logboek(): { sleutel: string } {
  process.env.REGELMAAT_PSEUDONIEMSLEUTEL ||= randomBytes(32).toString('base64url');
  return { sleutel: leesPseudoniemSleutel(process.env, undefined) };
}

/**
 * Loader child processes run this same benchmark entry with `--rol laden`: the same calls as
 * `regelmaat populatie genereer --van --tot`, without loading the rest of the CLI.
 */
const BIN = fileURLToPath(new URL('../../bin/bench-batch.mjs', import.meta.url));
/** The product's worker process entry, as `regelmaat run --workers W` starts it. */
const WORKER = fileURLToPath(new URL('../../bin/worker.mjs', import.meta.url));

/**
 * Waits for child processes; any that fails makes the benchmark fail (no figures from half a run)
 * and shows what it wrote to stderr.
 */
async function wachtOp(kinderen: ReturnType<typeof spawn>[], wat: string): Promise<void> {
  const fouten = kinderen.map((c) => {
    const delen: string[] = [];
    c.stderr?.on('data', (d: Buffer) => delen.push(d.toString()));
    return delen;
  });
  const codes = await Promise.all(
    kinderen.map((c) => new Promise<number>((r) => c.on('close', (code) => r(code ?? 1)))),
  );
  const mis = codes.flatMap((c, i) => (c === 0 ? [] : [fouten[i]!.join('')]));
  if (mis.length > 0) throw new Error(`${mis.length} ${wat}proces(sen) mislukt:\n${mis.join('\n')}`);
}

/**
 * The benchmark plays the whole 2026 cycle, definitive run included, in a throwaway database: on a
 * simulated clock after that year (the moment of the definitive run), so that every fact it loads
 * is recorded before "now" and the definitive run is allowed. Never used outside the benchmark.
 */
const SIMULATIE_NU = kalender(2026).definitieveRunOp;

/** A child process of the benchmark: one loader of an index range. */
async function kindProces(a: ReturnType<typeof ontleed>): Promise<void> {
  const db = await openDb({ databaseUrl: process.env.DATABASE_URL! });
  try {
    await laadPopulatie(db, {
      aantal: Number(a.waarden.get('huishoudens')),
      van: Number(a.waarden.get('van')),
      tot: Number(a.waarden.get('tot')),
      seed: 1,
      jaar: 2026,
      nu: SIMULATIE_NU,
      batch: 10_000,
    });
  } finally {
    await db.close();
  }
}
const MB = 1024 * 1024;

let piek = 0;
const meet = () => {
  piek = Math.max(piek, process.memoryUsage().rss);
};

async function draaiRun(
  db: Db,
  soort: RunSoort,
  jaar: number,
  workers: number,
  dbUrl: string | undefined,
): Promise<Run> {
  const k = kalender(jaar);
  const w = wetgeving();
  const t0 = performance.now();
  const { run } = await startRun(
    db,
    {
      soort,
      jaar,
      bekendOp: soort === 'voorschot' ? k.voorschotOp : k.definitieveRunOp,
      nu: SIMULATIE_NU,
      partitiegrootte: 5_000,
    },
    w,
  );
  const t1 = performance.now();
  if (dbUrl && workers > 1) {
    // The product's worker processes (as `regelmaat run --workers W` starts them).
    const kinderen = Array.from({ length: workers }, (_, i) =>
      spawn(
        process.execPath,
        [...process.execArgv, WORKER, '--run', String(run.id), '--naam', `bench-${i + 1}`],
        {
          env: { ...process.env, DATABASE_URL: dbUrl },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      ),
    );
    await wachtOp(kinderen, 'worker');
    const v = await voortgang(db, run.id);
    if (v.klaar !== v.totaal) throw new Error(`run ${run.id} not complete: ${v.klaar}/${v.totaal}`);
  } else {
    await werk(db, run, w, standaardUitval(w), {
      worker: 'bench',
      logboek: logboek(),
      wachtOpAnderen: true,
      bijVoortgang: meet,
    });
  }
  const t2 = performance.now();
  await sluitAf(db, run);
  const t3 = performance.now();
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `    ${soort}: run aanmaken ${s(t1 - t0)}, verwerken ${s(t2 - t1)}, afsluiten en rapport ${s(t3 - t2)}`,
  );
  return run;
}

const perSeconde = (x: number) => Math.round(x).toLocaleString('nl-NL').padStart(9);

/** Prints a step's figure, the ceiling measured now on the same database, and the share. */
async function toon(
  naam: string,
  stap: string,
  n: number,
  gemeten: number,
  db: Db,
  geschreven: Geschreven[],
  leesQueries: string[],
  banen: number,
): Promise<void> {
  const p = await meetPlafond(db, geschreven, leesQueries, banen);
  const plafond = n / p.seconden;
  const aandeel = `${Math.round((100 * gemeten) / plafond)}%`.padStart(4);
  console.log(
    `  ${naam}: ${stap.padEnd(20)} ${perSeconde(gemeten)} huishoudens/s = ${aandeel} van het plafond ${perSeconde(plafond).trim()}/s`,
  );
  const uit = p.rijenUit > 0 ? `uit ${p.rijenUit.toLocaleString('nl-NL')} rijen gelezen; ` : '';
  console.log(
    `      plafond (kale COPY, ${banen} verbinding${banen > 1 ? 'en' : ''}, ${p.seconden.toFixed(2)} s): ${uit}in ${beschrijfGeschreven(geschreven)}`,
  );
}

async function meetDatabase(
  naam: string,
  db: Db,
  n: number,
  workers: number,
  dbUrl: string | undefined,
): Promise<void> {
  const jaar = 2026;
  let t = performance.now();
  // As `regelmaat populatie genereer`: the fact indexes are built once after the load (time included).
  await metUitgesteldeFeitIndexen(db, async () => {
    if (dbUrl && workers > 1) {
      // Parallel loaders, each its own range (as `regelmaat populatie genereer --workers W`).
      const stuk = Math.ceil(n / workers);
      const kinderen = Array.from({ length: workers }, (_, i) =>
        spawn(
          process.execPath,
          [
            ...process.execArgv,
            BIN,
            '--rol',
            'laden',
            '--huishoudens',
            String(n),
            '--van',
            String(i * stuk),
            '--tot',
            String(Math.min(n, (i + 1) * stuk)),
          ],
          { env: { ...process.env, DATABASE_URL: dbUrl }, stdio: ['ignore', 'ignore', 'inherit'] },
        ),
      );
      await wachtOp(kinderen, 'laad');
      const geladen = await db.query<{ n: string }>('SELECT count(*) AS n FROM huishouden');
      if (Number(geladen.rows[0]!.n) !== n)
        throw new Error(`${geladen.rows[0]!.n} van ${n} huishoudens geladen`);
    } else {
      await laadPopulatie(db, {
        aantal: n,
        seed: 1,
        jaar,
        nu: SIMULATIE_NU,
        batch: 10_000,
        bijVoortgang: meet,
      });
    }
  });
  const genereren = n / ((performance.now() - t) / 1000);
  // The ceiling on the same database: a plain COPY of what each step moved (see plafond.ts).
  const banen = dbUrl ? workers : 1;
  await toon(naam, 'genereren en laden', n, genereren, db, await geschrevenDoorLaden(db), [], banen);
  t = performance.now();
  const voorschotRun = await draaiRun(db, 'voorschot', jaar, workers, dbUrl);
  const voorschot = n / ((performance.now() - t) / 1000);
  await toon(
    naam,
    'voorschotrun',
    n,
    voorschot,
    db,
    await geschrevenDoorRun(db, voorschotRun.id),
    await leesQueriesVanRun(db, voorschotRun.id, false),
    banen,
  );
  t = performance.now();
  const definitiefRun = await draaiRun(db, 'definitief', jaar, workers, dbUrl);
  const definitief = n / ((performance.now() - t) / 1000);
  await toon(
    naam,
    'definitieve run',
    n,
    definitief,
    db,
    await geschrevenDoorRun(db, definitiefRun.id),
    await leesQueriesVanRun(db, definitiefRun.id, true),
    banen,
  );
  // What followed from the settlements, written by the run itself (issue 15).
  const rijen = Object.fromEntries(
    (await geschrevenInvordering(db, definitiefRun.id)).map((g) => [
      g.tabel,
      g.rijen.toLocaleString('nl-NL'),
    ]),
  );
  console.log(
    `      definitieve run schreef: ${rijen.vordering} terugvorderingen (${rijen.boeking} grootboekregels), ${rijen.nabetaling} nabetalingen, ${rijen.zienswijze} zienswijzebrieven als gegevens`,
  );
  meet();
}

export async function runBatchBenchmark(args: string[]): Promise<void> {
  const a = ontleed(args, { waarden: ['huishoudens', 'workers', 'alleen', 'rol', 'van', 'tot'] });
  if (a.waarden.has('rol')) return kindProces(a);
  logboek(); // before any worker process starts: they inherit the key
  const n = geheelGetal(a, 'huishoudens', 100_000, 1, 20_000_000);
  const workers = geheelGetal(a, 'workers', 2, 1, 32);
  const alleen = a.waarden.get('alleen');
  if (alleen && alleen !== 'pglite' && alleen !== 'postgres')
    throw new GebruiksFout('--alleen is pglite of postgres');
  console.log(
    `Regelmaat batch benchmark — ${n.toLocaleString('nl-NL')} huishoudens, berekeningsjaar 2026, Node ${process.version}`,
  );

  if (alleen !== 'postgres') {
    const db = await openDb({ dataDir: 'memory://' });
    const start = performance.now();
    await meetDatabase('PGlite', db, n, 1, undefined);
    console.log(
      `  PGlite: volledige cyclus (genereren + voorschot + definitief) ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    await db.close();
  }
  const url = process.env.DATABASE_URL;
  if (url && alleen !== 'pglite') {
    const schema = `bench_${process.pid}`;
    const db = await openDb({ databaseUrl: url, schema });
    const metSchema = new URL(url);
    metSchema.searchParams.set('options', `-c search_path=${schema}`);
    try {
      await meetDatabase(`PostgreSQL (${workers} workers)`, db, n, workers, metSchema.toString());
    } finally {
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    }
  } else if (alleen !== 'pglite') {
    console.log('  PostgreSQL: overgeslagen (zet DATABASE_URL)');
  }
  console.log(`  piekgeheugen van dit proces: ${Math.round(piek / MB)} MB RSS`);
}
