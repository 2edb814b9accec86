/**
 * Issue 10, item 3: `regelmaat run … --workers 2` on PostgreSQL, and one of its worker processes is
 * killed (SIGKILL) mid-run. Without an operator, the run command replaces the worker, the
 * remaining workers take over the dead one's partition once its lease (2 s, no longer renewed)
 * expires, and the command ends with the report: nothing lost, nothing doubled. Before the fix the
 * run command said "start de run opnieuw" and exited 1.
 */

import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Db, openDb } from '@regelmaat/db';
import { postgresTitel } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { alsNieuwHuishouden, testHuishouden } from '@regelmaat/dossier-opslag/testing';
import { voortgang } from '@regelmaat/verwerking';
import { TEST_LOGBOEK } from '@regelmaat/verwerking/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/regelmaat.mjs', import.meta.url));
const URL_ = process.env.DATABASE_URL;
const N = 1_500;

describe.skipIf(!URL_)(postgresTitel('run --workers replaces a killed worker (PostgreSQL)'), () => {
  const schema = `vervanging_${process.pid}_${Date.now().toString(36)}`;
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
    await db?.exec(`DROP SCHEMA ${schema} CASCADE`);
    await db?.close();
  });

  it('finishes the run by itself, with every decision once', async () => {
    const url = new URL(URL_!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const kind = spawn(
      process.execPath,
      [
        BIN,
        'run',
        'voorschot',
        '--jaar',
        '2026',
        '--workers',
        '2',
        '--partitie',
        '5',
        '--lease',
        '2',
        '--bekend-op',
        '2026-01-01T00:00:00Z',
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: url.toString(),
          REGELMAAT_PSEUDONIEMSLEUTEL: TEST_LOGBOEK.sleutel,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let uitvoer = '';
    kind.stdout!.on('data', (d: Buffer) => (uitvoer += d.toString()));
    kind.stderr!.on('data', (d: Buffer) => (uitvoer += d.toString()));
    const einde = new Promise<number | null>((r) => kind.on('exit', (c) => r(c)));

    // Once the workers have committed some partitions, kill one of them (a child of this run command).
    let gedood = false;
    for (let i = 0; i < 3000 && !gedood; i++) {
      await new Promise((r) => setTimeout(r, 50));
      if (kind.exitCode !== null) break;
      const run = await db.query<{ id: string }>("SELECT id FROM run WHERE soort = 'voorschot'");
      if (run.rows.length === 0) continue;
      const v = await voortgang(db, Number(run.rows[0]!.id));
      if (v.klaar < 10) continue;
      // Only its worker processes (the run command may have other children, e.g. esbuild's service).
      const kinderen = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(kind.pid)], {
        encoding: 'utf8',
      })
        .split('\n')
        .filter((regel) => regel.includes('worker.mjs'))
        .map((regel) => Number(regel.trim().split(/\s+/)[0]))
        .filter((pid) => pid > 0);
      if (kinderen.length === 0) continue;
      process.kill(kinderen[0]!, 'SIGKILL');
      gedood = true;
    }
    expect(gedood).toBe(true);
    expect(await einde).toBe(0);
    expect(uitvoer).toContain('een nieuwe worker neemt het over');
    const r = await db.query<{ n: string; d: string; h: string }>(
      'SELECT count(*) AS n, count(DISTINCT (huishouden_id, regeling)) AS d, count(DISTINCT huishouden_id) AS h FROM beschikking',
    );
    expect(r.rows[0]!.n).toBe(r.rows[0]!.d);
    const p = await db.query<{ klaar: string; totaal: string; opnieuw: string }>(
      "SELECT count(*) FILTER (WHERE status = 'klaar') AS klaar, count(*) AS totaal, count(*) FILTER (WHERE pogingen > 1) AS opnieuw FROM run_partitie",
    );
    expect(p.rows[0]!.klaar).toBe(p.rows[0]!.totaal);
    const log = await db.query<{ n: string; d: string }>(
      'SELECT count(*) AS n, count(DISTINCT data_subject_id) AS d FROM verwerking WHERE run_id > 0',
    );
    expect(log.rows[0]!.n).toBe(log.rows[0]!.d);
  }, 180_000);
});
