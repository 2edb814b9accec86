/**
 * `regelmaat run voorschot|definitief --jaar J [--workers N] [--partitie P] [--bekend-op T]`
 * `regelmaat run betaling --jaar J --maand M [...]`
 * `regelmaat worker --run ID [--lease S]`
 * `regelmaat rapport ID`
 *
 * On PostgreSQL, --workers N starts N worker processes that lease partitions (a worker that
 * stops with an error is replaced); on PGlite (one process owns the database) the work runs in
 * this process. Workers renew their lease (default 30 s) every third of it, wait for partitions
 * leased elsewhere until the run is done, and take over a partition whose lease expired.
 */
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Db } from '@regelmaat/db';
import { wetgeving } from '@regelmaat/law';
import { kalender } from '@regelmaat/populatie';
import {
  leesRun,
  maakRapport,
  type Run,
  type RunSoort,
  sluitAf,
  standaardUitval,
  startRun,
  toonRapport,
  voortgang,
  werk,
} from '@regelmaat/verwerking';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { pseudoniemSleutelUitOmgeving } from '../server/sleutels';
import { voortgangsbalk } from '../voortgangsbalk';
import { metDatabase } from './database';
import { type Io, nuVan } from './io';

/** The worker process entry (runs the built apps/cli/dist/worker.mjs). */
const WORKER = fileURLToPath(new URL('../../bin/worker.mjs', import.meta.url));

/** The simulated calendar's moment for the run, never after `nu` (the dossier as known now). */
function standaardBekendOp(soort: RunSoort, jaar: number, nu: string): string | undefined {
  const k = kalender(jaar);
  const t = soort === 'voorschot' ? k.voorschotOp : soort === 'definitief' ? k.definitieveRunOp : undefined;
  return t !== undefined && Date.parse(t) > Date.parse(nu) ? nu : t;
}

/** Replacements `run --workers N` starts in all for workers that stopped with an error. */
const VERVANGINGEN_PER_WORKER = 3;

/**
 * Starts `aantal` worker processes and waits until they are done. A worker that stops with an
 * error (killed, out of memory, its database gone for too long) is replaced by a new one while
 * the run is not done, up to VERVANGINGEN_PER_WORKER × aantal times; the replacement and the
 * other workers take over its partition once its lease expires (the heartbeat stopped with it).
 */
async function wachtOpWorkers(db: Db, run: Run, aantal: number, io: Io): Promise<void> {
  let volgnummer = 0;
  let vervangen = 0;
  let fouten = 0;
  const levend = new Set<Promise<void>>();
  const start = () => {
    const naam = `${hostname()}-${process.pid}-${++volgnummer}`;
    const kind = spawn(process.execPath, [WORKER, '--run', String(run.id), '--naam', naam], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: process.env,
    });
    const klaar = new Promise<void>((res) => {
      kind.on('exit', async (code) => {
        if ((code ?? 1) !== 0) {
          const v = await voortgang(db, run.id).catch(() => undefined);
          if (v && v.klaar < v.totaal && vervangen < VERVANGINGEN_PER_WORKER * aantal) {
            vervangen++;
            io.stderr(
              `Let op: worker ${naam} stopte (${code ?? 'signaal'}); een nieuwe worker neemt het over.\n`,
            );
            start();
          } else fouten++;
        }
        levend.delete(klaar);
        res();
      });
    });
    levend.add(klaar);
  };
  for (let i = 0; i < aantal; i++) start();
  const balk = voortgangsbalk(`Run ${run.id}`, io.stderr);
  while (levend.size > 0) {
    const v = await voortgang(db, run.id);
    balk(v.klaar, v.totaal, 'partities');
    await Promise.race([Promise.all([...levend]), new Promise((r) => setTimeout(r, 500))]);
  }
  if (fouten > 0)
    io.stderr(`Let op: ${fouten} worker(s) stopten met een fout; start de run opnieuw om verder te gaan.\n`);
}

export async function run(args: string[], io: Io): Promise<number> {
  const [soort, ...rest] = args;
  if (soort !== 'voorschot' && soort !== 'definitief' && soort !== 'betaling') {
    throw new GebruiksFout('Kies: regelmaat run voorschot | betaling | definitief --jaar J');
  }
  const a = ontleed(rest, { waarden: ['jaar', 'maand', 'workers', 'partitie', 'bekend-op', 'lease'] });
  const jaar = geheelGetal(a, 'jaar', undefined, 2025, 2026);
  const maand = soort === 'betaling' ? geheelGetal(a, 'maand', undefined, 1, 12) : undefined;
  const workers = geheelGetal(a, 'workers', 1, 1, 64);
  const partitie = geheelGetal(a, 'partitie', 5_000, 1, 1_000_000);
  const lease = geheelGetal(a, 'lease', 30, 1, 3600);
  const nu = nuVan(io);
  const bekendOp = a.waarden.get('bekend-op') ?? standaardBekendOp(soort, jaar, nu);
  if (bekendOp !== undefined && Number.isNaN(Date.parse(bekendOp)))
    throw new GebruiksFout(`--bekend-op is geen tijdstip: ${bekendOp}`);
  const w = wetgeving();
  // The processing log's key (the server's): refuse before starting when it is missing.
  const sleutel = pseudoniemSleutelUitOmgeving();
  return metDatabase(io, async (db) => {
    const { run, nieuw } = await startRun(
      db,
      {
        soort,
        jaar,
        ...(maand ? { maand } : {}),
        ...(bekendOp ? { bekendOp } : {}),
        nu,
        partitiegrootte: partitie,
      },
      w,
    );
    io.stderr(
      `${nieuw ? 'Run gestart' : 'Run hervat'}: ${run.id} (${soort} ${jaar}${maand ? `-${maand}` : ''}, dossier zoals bekend op ${run.bekendOp})\n`,
    );
    if (db.kind === 'postgres' && workers > 1) {
      await wachtOpWorkers(db, run, workers, io);
    } else {
      if (workers > 1)
        io.stderr(
          'PGlite is één proces: de run draait in dit proces (meerdere workers kan met DATABASE_URL).\n',
        );
      const balk = voortgangsbalk(`Run ${run.id}`, io.stderr);
      await werk(db, run, w, standaardUitval(w), {
        worker: `${hostname()}-${process.pid}`,
        logboek: { sleutel },
        leaseSeconden: lease,
        wachtOpAnderen: true,
        bijVoortgang: (v) => balk(v.klaar, v.totaal, 'partities'),
      });
    }
    const rapport = await sluitAf(db, (await leesRun(db, run.id))!);
    if (!rapport) {
      io.stderr('De run is nog niet klaar: start hem opnieuw (of een worker) om verder te gaan.\n');
      return 1;
    }
    io.stdout(toonRapport(rapport));
    return 0;
  });
}

export async function worker(args: string[], io: Io): Promise<number> {
  const a = ontleed(args, { waarden: ['run', 'lease', 'naam'] });
  const id = geheelGetal(a, 'run', undefined, 1, Number.MAX_SAFE_INTEGER);
  const lease = geheelGetal(a, 'lease', 30, 1, 3600);
  const w = wetgeving();
  const sleutel = pseudoniemSleutelUitOmgeving();
  return metDatabase(io, async (db) => {
    const r = await leesRun(db, id);
    if (!r) throw new GebruiksFout(`Run ${id} bestaat niet`);
    const uit = await werk(db, r, w, standaardUitval(w), {
      worker: a.waarden.get('naam') ?? `${hostname()}-${process.pid}`,
      logboek: { sleutel },
      leaseSeconden: lease,
    });
    io.stdout(
      `Worker klaar: ${uit.partities} partities, ${uit.huishoudens.toLocaleString('nl-NL')} huishoudens\n`,
    );
    return 0;
  });
}

export async function rapport(args: string[], io: Io): Promise<number> {
  const a = ontleed(args, {});
  const id = Number(a.positioneel[0]);
  if (!Number.isInteger(id) || id < 1) throw new GebruiksFout('Gebruik: regelmaat rapport <run-id>');
  return metDatabase(io, async (db) => {
    const r = await leesRun(db, id);
    if (!r) throw new GebruiksFout(`Run ${id} bestaat niet`);
    io.stdout(toonRapport(await maakRapport(db, r)));
    return 0;
  });
}
