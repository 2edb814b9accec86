/**
 * Databases for tests: PGlite in memory always, and a PostgreSQL server (a fresh schema per call)
 * when DATABASE_URL is set. Use with `describe.each(testDatabases())`.
 */
import type { Db } from '../db';
import { openDb } from '../open-db';

export interface TestDatabase {
  naam: string;
  open(): Promise<Db>;
}

let teller = 0;

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ naam: 'PGlite', open: () => openDb({ dataDir: 'memory://' }) }];
  const url = process.env.DATABASE_URL;
  if (url) {
    list.push({
      naam: 'PostgreSQL',
      open: async () => {
        const schema = `test_${process.pid}_${Date.now().toString(36)}_${teller++}`;
        const db = await openDb({ databaseUrl: url, schema });
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
