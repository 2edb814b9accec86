/**
 * @module
 * One transaction per state change. Every public function takes an `Sql`: when it is a `Db` (it
 * has `transaction`), the change and its history row run in a new transaction; when it is already
 * a transaction, the statements simply run in it and the caller commits or rolls back.
 */
import type { Db, Sql } from '@regelmaat/db';

function isDb(sql: Sql): sql is Db {
  return typeof (sql as Partial<Db>).transaction === 'function';
}

export function inTransactie<T>(sql: Sql, fn: (tx: Sql) => Promise<T>): Promise<T> {
  return isDb(sql) ? sql.transaction(fn) : fn(sql);
}
