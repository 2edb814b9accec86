/**
 * @module
 * Db on a PostgreSQL server through a `pg` pool. COPY goes through pg-copy-streams.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStream, to as copyToStream } from 'pg-copy-streams';
import type { Db, QueryResult, Sql } from './db';

type Client = pg.Pool | pg.PoolClient;

function sqlOn(client: Client): Sql {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await client.query(sql, params as unknown[]);
      return { rows: r.rows as T[], affectedRows: r.rowCount ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
    async copyFrom(table: string, columns: readonly string[], text: string): Promise<number> {
      if (text.length === 0) return 0;
      const conn = 'release' in client ? client : await client.connect();
      try {
        const stream = conn.query(copyFromStream(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
        await pipeline(Readable.from([text]), stream);
        return Number(stream.rowCount ?? 0);
      } finally {
        if (conn !== client) (conn as pg.PoolClient).release();
      }
    },
    async copyTo(query: string): Promise<string> {
      const conn = 'release' in client ? client : await client.connect();
      try {
        const stream = conn.query(copyToStream(`COPY (${query}) TO STDOUT`));
        const delen: Buffer[] = [];
        for await (const deel of stream) delen.push(deel as Buffer);
        return Buffer.concat(delen).toString('utf8');
      } finally {
        if (conn !== client) (conn as pg.PoolClient).release();
      }
    },
  };
}

export interface PostgresOptions {
  /** postgres://… */
  url: string;
  /** Schema to use (created when missing); for isolated tests. */
  schema?: string;
  max?: number;
}

export async function openPostgres(opts: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.max ?? 4,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  // Fail at open, with a clear message, when the server does not answer.
  const probe = await pool.connect();
  try {
    if (opts.schema) await probe.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
  } finally {
    probe.release();
  }
  return {
    kind: 'postgres',
    ...sqlOn(pool),
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(sqlOn(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
