/**
 * @module
 * @regelmaat/db — PostgreSQL for Regelmaat: one schema and one set of SQL migrations, on embedded
 * PGlite (default) or a PostgreSQL server (DATABASE_URL).
 */

export * from './bestandsrechten';
export * from './db';
export * from './iso-tijdstip';
export * from './migreer';
export * from './open-db';
export * from './pglite-db';
export * from './postgres-db';
