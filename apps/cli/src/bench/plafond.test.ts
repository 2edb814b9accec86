/**
 * The ceiling moves what it says: as many rows of the stated width in, every row of the read
 * queries out, and it leaves no table behind.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { meetGeschreven, meetPlafond } from './plafond';

describeEachDatabase('the batch benchmark’s ceiling on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('measures rows and width of what a step wrote', async () => {
    await db.exec('CREATE TABLE geschreven_proef (a int, b text)');
    await db.exec("INSERT INTO geschreven_proef SELECT g, repeat('x', 20) FROM generate_series(1, 50) AS g");
    const g = await meetGeschreven(db, 'geschreven_proef', 'a <= $1', [40]);
    expect(g.tabel).toBe('geschreven_proef');
    expect(g.rijen).toBe(40);
    // `(12,xxxxxxxxxxxxxxxxxxxx)`: 20 x's, the number, a comma and two parentheses.
    const r = await db.query<{ b: string | number }>(
      'SELECT round(avg(octet_length(t::text))) AS b FROM geschreven_proef t WHERE a <= 40',
    );
    expect(g.breedte).toBe(Number(r.rows[0]!.b));
    expect(g.breedte).toBeGreaterThan(20);
  });

  it('COPYs in exactly the rows of the stated width and out every row read, then drops its tables', async () => {
    const ingevoerd: string[] = [];
    const spion: Db = {
      ...db,
      copyFrom: (tabel, kolommen, tekst) => {
        ingevoerd.push(tekst);
        return db.copyFrom(tabel, kolommen, tekst);
      },
    };
    const p = await meetPlafond(
      spion,
      [
        { tabel: 'een', rijen: 23_456, breedte: 101 },
        { tabel: 'twee', rijen: 7, breedte: 3 },
        { tabel: 'leeg', rijen: 0, breedte: 50 },
      ],
      ['SELECT g FROM generate_series(1, 1234) AS g', 'SELECT g FROM generate_series(1, 10) AS g'],
      2,
    );
    expect(p.rijenIn).toBe(23_463);
    expect(p.rijenUit).toBe(1_244);
    expect(p.seconden).toBeGreaterThan(0);
    const regels = ingevoerd.flatMap((t) => t.slice(0, -1).split('\n'));
    expect(regels).toHaveLength(23_463);
    expect(regels.filter((r) => r.length === 101)).toHaveLength(23_456);
    expect(regels.filter((r) => r.length === 3)).toHaveLength(7);
    const over = await db.query("SELECT tablename FROM pg_tables WHERE tablename LIKE 'plafond\\_%'");
    expect(over.rows).toEqual([]);
  });
});
