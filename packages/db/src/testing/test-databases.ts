/**
 * Databases for tests: PGlite in memory always, and a PostgreSQL server (a fresh schema per call)
 * when DATABASE_URL is set. Use with `describe.each(testDatabases())`.
 */
import type { Db } from '../db';
import { openDb } from '../open-db';

export interface TestDatabase {
  naam: string;
  /** A fresh database, migrated to the newest version or to `totVersie`. */
  open(opties?: { totVersie?: number }): Promise<Db>;
}

let teller = 0;

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [
    { naam: 'PGlite', open: (opties) => openDb({ dataDir: 'memory://', ...opties }) },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    list.push({
      naam: 'PostgreSQL',
      open: async (opties) => {
        const schema = `test_${process.pid}_${Date.now().toString(36)}_${teller++}`;
        const db = await openDb({ databaseUrl: url, schema, ...opties });
        const close = db.close;
        return {
          ...db,
          close: async () => {
            await db.exec(`DROP SCHEMA ${schema} CASCADE`);
            await close();
          },
        };
      },
    });
  }
  return list;
}
