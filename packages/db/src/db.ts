/**
 * @module
 * The one database interface every repository uses. Two implementations: PGlite (embedded
 * PostgreSQL in WebAssembly, the default: no server to install) and a PostgreSQL server through
 * `pg` when DATABASE_URL is set. Same SQL, same migrations.
 */

export interface QueryResult<T> {
  rows: T[];
  /** Rows inserted/updated/deleted, where the driver reports it. */
  affectedRows: number;
}

/** What can run SQL: the database itself, or an open transaction. */
export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Bulk load with COPY … FROM STDIN (text format: tab-separated, \N for null, one row per line).
   * Returns the number of rows loaded.
   */
  copyFrom(table: string, columns: readonly string[], text: string): Promise<number>;
  /**
   * Bulk read with COPY (query) TO STDOUT in text format (tab-separated, `\\N` for null, escapes as
   * `copyUnescape` undoes them; one row per line). COPY takes no bind
   * parameters: build `query` only from values you checked (numbers, validated timestamps).
   */
  copyTo(query: string): Promise<string>;
}

export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Whether the database answers now (readiness): one `SELECT 1` on a fresh or pooled connection,
   * false after `timeoutMs` (default 2,000) or on any error. Never retries, never throws.
   */
  bereikbaar(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** Escapes one value for COPY text format. */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  // Most values need no escaping: test once instead of four replaces.
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** One COPY text line from values. */
export function copyLine(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : '\t') + copyValue(values[i]);
  return `${line}\n`;
}

/** Undoes COPY text escaping of one field (`\\N` is null and must be checked before). */
export function copyUnescape(s: string): string {
  if (s.indexOf('\\') < 0) return s;
  return s.replace(/\\(.)/g, (_, c: string) =>
    c === 't'
      ? '\t'
      : c === 'n'
        ? '\n'
        : c === 'r'
          ? '\r'
          : c === 'b'
            ? '\b'
            : c === 'f'
              ? '\f'
              : c === 'v'
                ? '\v'
                : c,
  );
}
