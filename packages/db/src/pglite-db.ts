/**
 * @module
 * Db on PGlite. PGlite is single-connection: one process owns a data directory, and statements
 * run one at a time. Transactions are serialised by PGlite itself.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult, Sql } from './db';

type Runner = PGlite | Transaction;

function sqlOn(runner: Runner): Sql {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await runner.query<T>(sql, params as unknown[]);
      return { rows: r.rows, affectedRows: r.affectedRows ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await runner.exec(sql);
    },
    async copyFrom(table: string, columns: readonly string[], text: string): Promise<number> {
      if (text.length === 0) return 0;
      const r = await runner.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], {
        blob: new Blob([text]),
      });
      return r.affectedRows ?? 0;
    },
    async copyTo(query: string): Promise<string> {
      const r = await runner.query(`COPY (${query}) TO '/dev/blob'`);
      return r.blob ? await r.blob.text() : '';
    },
  };
}

/** Opens PGlite at `dataDir` (a folder; created when missing) or in memory (`memory://`). */
export async function openPglite(dataDir: string): Promise<Db> {
  const pg = await PGlite.create(dataDir);
  const base = sqlOn(pg);
  return {
    kind: 'pglite',
    ...base,
    transaction: <T>(fn: (tx: Sql) => Promise<T>) => pg.transaction((tx) => fn(sqlOn(tx))),
    bereikbaar: async () => {
      try {
        await pg.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => pg.close(),
  };
}
