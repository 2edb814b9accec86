/**
 * Issue 10, item 3: the PostgreSQL pool survives a terminated backend and an unreachable server.
 * Before the fix the pool had no 'error' listener, so a backend ended by pg_terminate_backend
 * (or a server restart) killed the process through an unhandled 'error' event.
 */

import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db';
import { openDb } from './open-db';
import { openPostgres } from './postgres-db';
import { postgresTitel } from './testing/test-databases';

const URL_ = process.env.DATABASE_URL;
const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A TCP proxy in front of the PostgreSQL server that the test can switch off and on. */
class TcpDoorgever {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  constructor(
    private readonly doel: { host: string; port: number },
    public poort = 0,
  ) {}
  async aan(): Promise<void> {
    const server = createServer((c) => {
      const u = tcpConnect(this.doel.port, this.doel.host);
      this.sockets.add(c).add(u);
      const weg = () => {
        c.destroy();
        u.destroy();
        this.sockets.delete(c);
        this.sockets.delete(u);
      };
      c.on('error', weg).on('close', weg);
      u.on('error', weg).on('close', weg);
      c.pipe(u).pipe(c);
    });
    await new Promise<void>((r) => server.listen(this.poort, '127.0.0.1', r));
    this.poort = (server.address() as { port: number }).port;
    this.server = server;
  }
  async uit(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server = undefined;
  }
}

describe.skipIf(!URL_)(postgresTitel('the PostgreSQL pool when the server drops connections'), () => {
  const schema = `verbinding_${process.pid}_${Date.now().toString(36)}`;
  const naam = `regelmaat-test-${schema}`;
  let db: Db;
  let beheer: Db;
  beforeAll(async () => {
    const url = new URL(URL_!);
    url.searchParams.set('application_name', naam);
    db = await openDb({ databaseUrl: url.toString(), schema });
    beheer = await openPostgres({ url: URL_!, max: 1 });
  }, 60_000);
  afterAll(async () => {
    await db?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db?.close();
    await beheer?.close();
  });

  /** Terminates every backend of the pool under test (and only those). */
  async function beeindig(): Promise<number> {
    const r = await beheer.query<{ n: string }>(
      'SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE application_name = $1',
      [naam],
    );
    return Number(r.rows[0]!.n);
  }

  it('terminated idle backends: the process lives on and the next statement and transaction succeed', async () => {
    // Fill the pool with idle connections.
    await Promise.all(Array.from({ length: 4 }, () => db.query('SELECT pg_sleep(0.05)')));
    expect(await beeindig()).toBeGreaterThan(0);
    await slaap(100); // the 'error' events of the idle clients arrive
    expect((await db.query<{ n: number }>('SELECT 1 AS n')).rows[0]!.n).toBe(1);
    expect(await beeindig()).toBeGreaterThan(0);
    // Straight away, without waiting: the dead pooled connection fails at BEGIN and is replaced.
    const n = await db.transaction(async (tx) => (await tx.query<{ n: number }>('SELECT 2 AS n')).rows[0]!.n);
    expect(n).toBe(2);
    expect(await db.bereikbaar()).toBe(true);
  });

  it('a backend terminated inside a transaction: that transaction fails, the next one succeeds', async () => {
    await db.exec('CREATE TABLE IF NOT EXISTS proef (n integer)');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO proef VALUES (1)');
        await beeindig();
        await slaap(100); // the checked-out client's 'error' event arrives between statements
        await tx.query('INSERT INTO proef VALUES (2)');
      }),
    ).rejects.toThrow();
    await db.transaction((tx) => tx.query('INSERT INTO proef VALUES (3)'));
    const r = await db.query<{ n: number }>('SELECT n FROM proef ORDER BY n');
    expect(r.rows.map((x) => x.n)).toEqual([3]);
  });

  it('readiness is false while the server is unreachable and true again after, on the same Db', async () => {
    const u = new URL(URL_!);
    const proxy = new TcpDoorgever({ host: u.hostname, port: Number(u.port || 5432) });
    await proxy.aan();
    u.host = `127.0.0.1:${proxy.poort}`;
    const viaProxy = await openPostgres({ url: u.toString(), pogingen: 3, melding: () => {} });
    try {
      expect(await viaProxy.bereikbaar()).toBe(true);
      await proxy.uit();
      expect(await viaProxy.bereikbaar(1_000)).toBe(false);
      await expect(viaProxy.query('SELECT 1')).rejects.toThrow();
      await proxy.aan();
      expect(await viaProxy.bereikbaar()).toBe(true);
      expect((await viaProxy.query<{ n: number }>('SELECT 3 AS n')).rows[0]!.n).toBe(3);
    } finally {
      await viaProxy.close();
      await proxy.uit();
    }
  });
});
