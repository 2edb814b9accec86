/**
 * A worker process is killed (SIGKILL) in the middle of a run; another worker finishes the run.
 * Proves on a real PostgreSQL server: no missing and no duplicate decisions. (PGlite is one process
 * per database, so this test needs DATABASE_URL; the in-process crash test is in verwerking.)
 */

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Db, openDb } from '@regelmaat/db';
import { postgresTitel } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { alsNieuwHuishouden, testHuishouden } from '@regelmaat/dossier-opslag/testing';
import { BatchRekenaar, Bedragen, normaliseer, parseHuishouden, REGELINGEN, wetgeving } from '@regelmaat/law';
import { geenUitval, startRun, voortgang, werk } from '@regelmaat/verwerking';
import { TEST_LOGBOEK } from '@regelmaat/verwerking/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const URL_ = process.env.DATABASE_URL;
/** The worker process as `regelmaat run --workers N` starts it (the build in apps/cli/dist, made by vitest's global setup). */
const WORKER = fileURLToPath(new URL('../bin/worker.mjs', import.meta.url));
const N = 1_500;

describe.skipIf(!URL_)(postgresTitel('killing a worker process mid-run (PostgreSQL)'), () => {
  const schema = `kill_${process.pid}_${Date.now().toString(36)}`;
  let db: Db;
  beforeAll(async () => {
    db = await openDb({ databaseUrl: URL_!, schema });
    await db.transaction((tx) =>
      schrijfHuishoudens(
        tx,
        Array.from({ length: N }, (_, i) => alsNieuwHuishouden(testHuishouden(i))),
      ),
    );
  }, 60_000);
  afterAll(async () => {
    await db.exec(`DROP SCHEMA ${schema} CASCADE`);
    await db.close();
  });

  it('loses nothing and doubles nothing', async () => {
    const w = wetgeving();
    const { run } = await startRun(
      db,
      { soort: 'voorschot', jaar: 2026, bekendOp: '2026-01-01T00:00:00Z', partitiegrootte: 5 },
      w,
    );
    const url = new URL(URL_!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const kind = spawn(
      process.execPath,
      [WORKER, '--run', String(run.id), '--lease', '2', '--naam', 'te-doden'],
      {
        env: {
          ...process.env,
          DATABASE_URL: url.toString(),
          REGELMAAT_PSEUDONIEMSLEUTEL: TEST_LOGBOEK.sleutel,
        },
        stdio: 'ignore',
      },
    );
    // Kill it once it has committed some partitions, while it is working on more.
    const bezigBij = async (worker: string) =>
      Number(
        (
          await db.query<{ n: string }>(
            "SELECT count(*) AS n FROM run_partitie WHERE run_id = $1 AND status = 'bezig' AND worker = $2",
            [run.id, worker],
          )
        ).rows[0]!.n,
      );
    for (;;) {
      const v = await voortgang(db, run.id);
      if (v.klaar >= 20 && (await bezigBij('te-doden')) > 0) break;
      if (kind.exitCode !== null) throw new Error('the worker ended before it could be killed');
      await new Promise((r) => setTimeout(r, 20));
    }
    kind.kill('SIGKILL');
    await new Promise((r) => kind.on('exit', r));
    const halverwege = await voortgang(db, run.id);
    expect(halverwege.klaar).toBeLessThan(halverwege.totaal);
    // The partitions it held when it died (usually one; none if it committed in the instant between
    // the check and the kill): exactly those are worked a second time.
    const achtergelaten = await bezigBij('te-doden');

    // A second worker takes over, including the partition the dead worker had leased.
    await werk(db, run, w, geenUitval, {
      worker: 'opvolger',
      logboek: TEST_LOGBOEK,
      leaseSeconden: 2,
      wachtOpAnderen: true,
    });
    const v = await voortgang(db, run.id);
    expect(v.klaar).toBe(v.totaal);

    // Exactly the decisions the engine gives for these households: none missing, none doubled.
    const rekenaar = new BatchRekenaar(w);
    const uit = new Bedragen();
    let verwacht = 0;
    for (let i = 0; i < N; i++) {
      const p = parseHuishouden(testHuishouden(i).invoer);
      if (!p.ok) throw new Error('invalid test household');
      rekenaar.bereken(normaliseer(p.huishouden), uit);
      for (let r = 0; r < REGELINGEN.length; r++) if (uit.jaarbedrag(r) !== 0) verwacht++;
    }
    const r = await db.query<{ n: string; d: string }>(
      'SELECT count(*) AS n, count(DISTINCT (huishouden_id, regeling)) AS d FROM beschikking WHERE run_id = $1',
      [run.id],
    );
    expect(Number(r.rows[0]!.n)).toBe(verwacht);
    expect(Number(r.rows[0]!.d)).toBe(verwacht);
    const dood = await db.query<{ n: string }>(
      'SELECT count(*) AS n FROM run_partitie WHERE run_id = $1 AND pogingen > 1',
      [run.id],
    );
    expect(Number(dood.rows[0]!.n)).toBe(achtergelaten);

    // The processing log: one record per person of every household, the killed worker's partition once.
    const log = await db.query<{ n: string; d: string; p: string }>(
      `SELECT count(*) AS n, count(DISTINCT data_subject_id) AS d,
              (SELECT count(DISTINCT persoon_bsn) FROM feit WHERE persoon_bsn IS NOT NULL) AS p
         FROM verwerking v JOIN run r ON r.trace_id = v.trace_id WHERE r.id = $1`,
      [run.id],
    );
    expect(Number(log.rows[0]!.n)).toBe(Number(log.rows[0]!.p));
    expect(Number(log.rows[0]!.d)).toBe(Number(log.rows[0]!.p));
  }, 120_000);
});
