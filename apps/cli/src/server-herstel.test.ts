/**
 * Issue 10, item 3: `regelmaat server` on PostgreSQL survives its database connections being
 * terminated (pg_terminate_backend of its own backends only, found by application_name, in a
 * schema of its own). Before the fix the process exited on the pool's unhandled 'error' event.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Db, openPostgres } from '@regelmaat/db';
import { postgresTitel } from '@regelmaat/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/regelmaat.mjs', import.meta.url));
const URL_ = process.env.DATABASE_URL;
const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!URL_)(postgresTitel('regelmaat server when PostgreSQL terminates its connections'), () => {
  const schema = `server_herstel_${process.pid}_${Date.now().toString(36)}`;
  const naam = `regelmaat-test-${schema}`;
  let beheer: Db;
  let kind: ChildProcess;
  let adres: string;
  let uitvoer = '';

  beforeAll(async () => {
    beheer = await openPostgres({ url: URL_!, max: 1 });
    const url = new URL(URL_!);
    url.searchParams.set('application_name', naam);
    url.searchParams.set('options', `-c search_path=${schema}`);
    await beheer.exec(`CREATE SCHEMA ${schema}`);
    kind = spawn(process.execPath, [BIN, 'server', '--poort', '0', '--stil'], {
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        REGELMAAT_SESSIESLEUTEL: 's'.repeat(40),
        REGELMAAT_PSEUDONIEMSLEUTEL: 'p'.repeat(40),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    kind.stderr!.on('data', (d: Buffer) => (uitvoer += d.toString()));
    adres = await new Promise<string>((klaar, fout) => {
      kind.stdout!.on('data', (d: Buffer) => {
        uitvoer += d.toString();
        const m = /Website: +(http:\/\/\S+)\//.exec(uitvoer);
        if (m) klaar(m[1]!);
      });
      kind.on('exit', (code) => fout(new Error(`server stopte (${code}):\n${uitvoer}`)));
    });
  }, 120_000);

  afterAll(async () => {
    if (kind && kind.exitCode === null) {
      const einde = new Promise((r) => kind.on('exit', r));
      kind.kill('SIGTERM');
      await einde;
    }
    await beheer?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await beheer?.close();
  });

  const beeindig = async () =>
    Number(
      (
        await beheer.query<{ n: string }>(
          'SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE application_name = $1',
          [naam],
        )
      ).rows[0]!.n,
    );
  /** A request that needs the database: a login with a wrong password (401 after a lookup). */
  const inloggen = () =>
    fetch(`${adres}/v1/sessies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gebruikersnaam: 'niemand', wachtwoord: 'fout-wachtwoord' }),
    });

  it('stays alive, and the next requests (API, website, readiness) succeed', async () => {
    expect((await inloggen()).status).toBe(401);
    for (let i = 0; i < 3; i++) {
      expect(await beeindig()).toBeGreaterThan(0);
      await slaap(300);
      expect(kind.exitCode).toBeNull();
      expect((await inloggen()).status).toBe(401);
      expect((await fetch(`${adres}/v1/health/ready`)).status).toBe(200);
      expect((await fetch(`${adres}/`)).status).toBe(200);
    }
    expect((await fetch(`${adres}/v1/health/live`)).status).toBe(200);
    expect(kind.exitCode).toBeNull();
    // The server's log says what happened without data.
    expect(uitvoer).toContain('verbinding verbroken');
  }, 60_000);
});
