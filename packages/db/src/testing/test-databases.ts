/**
 * Databases for tests: PGlite in memory always, and a PostgreSQL server (a fresh schema per call)
 * when DATABASE_URL is set. Use with `describeEachDatabase(title, fn)`, which also registers the
 * PostgreSQL variant when DATABASE_URL is not set — as skipped, with the reason in its title — so
 * a run without PostgreSQL shows how many tests it did not run (issue 11). `testDatabases()` lists
 * only the databases that can be opened.
 *
 * `open({ alsApp: true })` on PostgreSQL connects as the application role the way a deployment
 * does (issue 10, item 9): the schema is migrated as DATABASE_URL's role (the owner) and the
 * returned database runs as `regelmaat_app`, a non-superuser login role without rights of its own
 * that gets the application's rights per test schema. Roles are cluster-wide and test files run in
 * parallel, so the role is made once (a concurrent creator's "already exists" is fine) and never
 * dropped; its rights go with each test schema. REGELMAAT_TEST_APP_URL overrides the URL of that
 * role (default: DATABASE_URL with user `regelmaat_app`, which suits trust authentication). On
 * PGlite (one user) `alsApp` changes nothing.
 */
import type { Db } from '../db';
import { openDb } from '../open-db';
import { openPostgres } from '../postgres-db';

export interface TestDatabase {
  naam: string;
  /** Why this database is not available in this run (its tests are reported as skipped). */
  overgeslagen?: string;
  /** A fresh database, migrated to the newest version or to `totVersie`. */
  open(opties?: { totVersie?: number; alsApp?: boolean }): Promise<Db>;
}

/** The application role the tests use on PostgreSQL. */
export const TEST_APP_ROL = 'regelmaat_app';

let teller = 0;

/** Makes the application role when it is missing (cluster-wide; concurrent makers are fine). */
async function zorgVoorAppRol(url: string): Promise<void> {
  const beheer = await openPostgres({ url, max: 1 });
  try {
    await beheer.exec(
      `CREATE ROLE ${TEST_APP_ROL} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`,
    );
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== '42710' && code !== '23505') throw e; // duplicate_object / concurrent create
  } finally {
    await beheer.close();
  }
}

function appUrl(url: string): string {
  if (process.env.REGELMAAT_TEST_APP_URL) return process.env.REGELMAAT_TEST_APP_URL;
  const u = new URL(url);
  u.username = TEST_APP_ROL;
  u.password = '';
  return u.toString();
}

/** The reason PostgreSQL tests are skipped in this run, or undefined when DATABASE_URL is set. */
export const POSTGRES_OVERGESLAGEN: string | undefined = process.env.DATABASE_URL
  ? undefined
  : 'PostgreSQL: DATABASE_URL not set';

/** The databases that can be opened in this run: PGlite, and PostgreSQL when DATABASE_URL is set. */
export function testDatabases(): TestDatabase[] {
  return alleTestDatabases().filter((d) => d.overgeslagen === undefined);
}

/** PGlite and PostgreSQL; PostgreSQL carries `overgeslagen` (and refuses to open) without DATABASE_URL. */
export function alleTestDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [
    {
      naam: 'PGlite',
      open: ({ alsApp: _, ...opties } = {}) => openDb({ dataDir: 'memory://', ...opties }),
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    list.push({
      naam: 'PostgreSQL',
      open: async ({ alsApp, ...opties } = {}) => {
        const schema = `test_${process.pid}_${Date.now().toString(36)}_${teller++}`;
        if (alsApp) await zorgVoorAppRol(url);
        const db = await openDb({
          ...(alsApp ? { databaseUrl: appUrl(url), eigenaarUrl: url } : { databaseUrl: url }),
          schema,
          ...opties,
        });
        const close = db.close;
        return {
          ...db,
          close: async () => {
            if (!alsApp) {
              await db.exec(`DROP SCHEMA ${schema} CASCADE`);
              await close();
              return;
            }
            await close();
            // As the owner: the application role may not drop the schema.
            const beheer = await openPostgres({ url, max: 1 });
            try {
              await beheer.exec(`DROP SCHEMA ${schema} CASCADE`);
            } finally {
              await beheer.close();
            }
          },
        };
      },
    });
  } else {
    const reden = POSTGRES_OVERGESLAGEN ?? 'PostgreSQL: DATABASE_URL not set';
    list.push({
      naam: 'PostgreSQL',
      overgeslagen: reden,
      open: () => Promise.reject(new Error(`${reden}: this test should have been skipped`)),
    });
  }
  return list;
}

export { describeEachDatabase, describeOnPostgres, postgresTitel } from './describe-each-database';
