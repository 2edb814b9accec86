/**
 * @module
 * Db on a PostgreSQL server through a `pg` pool. COPY goes through pg-copy-streams.
 *
 * Resilience (issue 10, item 3): a connection the server drops (a terminated backend, a server
 * restart) must never take the process down. pg emits 'error' on an idle pooled client and on a
 * checked-out client between statements; without a listener Node ends the process. The pool and
 * every client this module checks out have a listener; a broken client is destroyed on release,
 * never returned to the pool. Work that is safe to repeat is retried with exponential backoff:
 * getting a connection (nothing was sent yet); a single statement outside a transaction that the
 * server ended with SQLSTATE 57P01/57P02/57P03 (it aborted the statement, so nothing of it was
 * committed) or that never reached it (refused, reset); and a transaction whose BEGIN failed for
 * those reasons. A transaction is never replayed once `fn` started (that is the caller's call; the
 * batch worker does it per partition), and an error whose outcome is unknown (the socket closed
 * after a COMMIT was sent) is never retried.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStream, to as copyToStream } from 'pg-copy-streams';
import type { Db, QueryResult, Sql } from './db';

type Client = pg.Pool | pg.PoolClient;

/** SQLSTATEs with which the server ends a session before the statement or transaction committed. */
const SESSIE_BEEINDIGD = new Set(['57P01', '57P02', '57P03']);
/** Socket errors of a connection that could not be made (nothing was sent). */
const NIET_VERBONDEN = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Whether `e` is a failure of the connection rather than of the SQL (the database was unreachable or dropped the session). */
export function isVerbindingsfout(e: unknown): boolean {
  const f = e as { code?: unknown; message?: unknown } | null;
  if (!f || typeof f !== 'object') return false;
  const code = typeof f.code === 'string' ? f.code : '';
  if (SESSIE_BEEINDIGD.has(code) || NIET_VERBONDEN.has(code) || code.startsWith('08')) return true;
  const m = typeof f.message === 'string' ? f.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(
    m,
  );
}

/** Whether a statement that failed with `e` certainly did not commit (safe to send again). */
function nietUitgevoerd(e: unknown): boolean {
  const f = e as { code?: unknown; message?: unknown } | null;
  if (typeof f?.code === 'string') return SESSIE_BEEINDIGD.has(f.code) || NIET_VERBONDEN.has(f.code);
  return typeof f?.message === 'string' && /timeout exceeded when trying to connect/i.test(f.message);
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The log line of a connection problem: error class and code only (never SQL, parameters or data). */
function meldVerbinding(melding: ((regel: string) => void) | undefined, waar: string, e: unknown): void {
  const f = e as { code?: unknown; name?: unknown };
  melding?.(
    `database: verbinding verbroken (${waar}: ${String(f.name ?? 'Error')}${f.code ? ` ${String(f.code)}` : ''})`,
  );
}

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
  /**
   * Attempts for work that is safe to repeat when the connection fails (default 6: backoff 100 ms,
   * 200 ms, … ≈ 3 s in all). 1 switches retrying off.
   */
  pogingen?: number;
  /** Milliseconds to wait for a new connection before giving up (default 5,000). */
  verbindTimeoutMs?: number;
  /** Where connection problems are reported (one line, no data); default stderr. */
  melding?: (regel: string) => void;
}

export async function openPostgres(opts: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.max ?? 4,
    connectionTimeoutMillis: opts.verbindTimeoutMs ?? 5_000,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  const melding = opts.melding ?? ((regel: string) => process.stderr.write(`${regel}\n`));
  // An idle client whose backend ended: pg removes it from the pool; without this listener the
  // 'error' event would end the process.
  pool.on('error', (e) => meldVerbinding(melding, 'ongebruikte verbinding', e));
  const pogingen = Math.max(1, opts.pogingen ?? 6);

  /** Runs `fn` again after a connection failure that `herhaalbaar` accepts, with backoff. */
  async function metHerhaling<T>(fn: () => Promise<T>, herhaalbaar: (e: unknown) => boolean): Promise<T> {
    for (let poging = 1; ; poging++) {
      try {
        return await fn();
      } catch (e) {
        if (poging >= pogingen || !herhaalbaar(e)) throw e;
        meldVerbinding(melding, `poging ${poging} van ${pogingen}`, e);
        await wacht(Math.min(2_000, 100 * 2 ** (poging - 1)));
      }
    }
  }

  /** A client from the pool with an error listener while it is checked out. */
  async function verbind(): Promise<{ client: pg.PoolClient; geefTerug: (kapot?: boolean) => void }> {
    const client = await pool.connect();
    let kapot: Error | undefined;
    const luister = (e: Error) => {
      kapot = e;
      meldVerbinding(melding, 'verbinding in gebruik', e);
    };
    client.on('error', luister);
    return {
      client,
      geefTerug: (stuk = false) => {
        client.off('error', luister);
        // A broken client is destroyed, never handed to the next caller.
        client.release(stuk || kapot ? (kapot ?? new Error('verbinding verbroken')) : undefined);
      },
    };
  }

  const enkel = sqlOn(pool);
  const enkelMetHerhaling: Sql = {
    query: (sql, params) => metHerhaling(() => enkel.query(sql, params), nietUitgevoerd),
    exec: (sql) => metHerhaling(() => enkel.exec(sql), nietUitgevoerd),
    copyFrom: (table, columns, text) =>
      metHerhaling(() => enkel.copyFrom(table, columns, text), nietUitgevoerd),
    copyTo: (query) => metHerhaling(() => enkel.copyTo(query), nietUitgevoerd),
  };

  // Fail at open, with a clear message, when the server does not answer.
  const probe = await verbind();
  try {
    // The application role may not create schemas: only create it when it is missing.
    if (opts.schema) {
      const r = await probe.client.query('SELECT to_regnamespace($1) IS NOT NULL AS er', [opts.schema]);
      if (!r.rows[0]?.er) await probe.client.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
    }
  } finally {
    probe.geefTerug();
  }
  return {
    kind: 'postgres',
    ...enkelMetHerhaling,
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      // Retried only while nothing of `fn` ran: the connection could not be made or BEGIN failed
      // because the server had ended the session (a pooled connection whose backend was
      // terminated). A failure inside `fn` is the caller's to repeat (the batch worker does).
      let begonnen = false;
      return metHerhaling(
        async () => {
          const { client, geefTerug } = await verbind();
          let stuk = false;
          try {
            await client.query('BEGIN');
            begonnen = true;
            const out = await fn(sqlOn(client));
            await client.query('COMMIT');
            return out;
          } catch (e) {
            stuk = isVerbindingsfout(e);
            if (!stuk) await client.query('ROLLBACK').catch(() => undefined);
            throw e;
          } finally {
            geefTerug(stuk);
          }
        },
        (e) => !begonnen && nietUitgevoerd(e),
      );
    },
    async bereikbaar(timeoutMs = 2_000): Promise<boolean> {
      let timer: NodeJS.Timeout | undefined;
      const verlopen = new Promise<false>((r) => {
        timer = setTimeout(() => r(false), timeoutMs);
      });
      const probeer = (async () => {
        const { client, geefTerug } = await verbind();
        let stuk = false;
        try {
          await client.query('SELECT 1');
          return true;
        } catch (e) {
          stuk = true;
          throw e;
        } finally {
          geefTerug(stuk);
        }
      })().catch(() => false);
      try {
        return await Promise.race([probeer, verlopen]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.end(),
  };
}
