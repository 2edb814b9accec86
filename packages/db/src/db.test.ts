import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyLine, copyUnescape, type Db } from './db';
import { migraties, migreer } from './migreer';
import { describeEachDatabase } from './testing/test-databases';

describeEachDatabase('database on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('applies every migration once', async () => {
    const versies = (
      await db.query<{ versie: number }>('SELECT versie FROM schema_migratie ORDER BY versie')
    ).rows.map((r) => r.versie);
    expect(versies).toEqual(migraties().map((m) => m.versie));
    expect(await migreer(db)).toEqual([]);
  });

  it('loads rows with COPY, escaping tabs, newlines and nulls', async () => {
    const text = copyLine([1, '123456782']) + copyLine([2, '999992351']);
    expect(await db.copyFrom('huishouden', ['id', 'bsn_aanvrager'], text)).toBe(2);
    const feit = copyLine([
      1,
      'persoon',
      '123456782',
      { rol: 'aanvrager', opmerking: 'tab\there\nnewline' },
      null,
      null,
      'brp',
      '2026-01-01T00:00:00Z',
    ]);
    expect(
      await db.copyFrom(
        'feit',
        [
          'huishouden_id',
          'soort',
          'persoon_bsn',
          'waarde',
          'geldig_vanaf',
          'geldig_tot',
          'bron',
          'geregistreerd_op',
        ],
        feit,
      ),
    ).toBe(1);
    const r = await db.query<{ waarde: { opmerking: string }; geldig_vanaf: unknown }>(
      'SELECT waarde, geldig_vanaf FROM feit',
    );
    expect(r.rows[0]!.waarde.opmerking).toBe('tab\there\nnewline');
    expect(r.rows[0]!.geldig_vanaf).toBeNull();
  });

  it('reads rows with COPY TO, and copyUnescape restores tabs, newlines and backslashes', async () => {
    const text = await db.copyTo(
      "SELECT 1 AS a, E'tab\\there\\nnew \\\\ slash' AS b, NULL AS c UNION ALL SELECT 2, 'x', 'y' ORDER BY a",
    );
    const rijen = text
      .split('\n')
      .filter((r) => r !== '')
      .map((r) => r.split('\t'));
    expect(rijen).toHaveLength(2);
    expect(rijen[0]![0]).toBe('1');
    expect(copyUnescape(rijen[0]![1]!)).toBe('tab\there\nnew \\ slash');
    expect(rijen[0]![2]).toBe('\\N');
    expect(rijen[1]).toEqual(['2', 'x', 'y']);
    expect(await db.copyTo('SELECT 1 WHERE false')).toBe('');
  });

  it('rolls back a transaction that throws, leaving nothing half-written', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO huishouden (id, bsn_aanvrager) VALUES (10, $1)', ['111222333']);
        throw new Error('crash halfway');
      }),
    ).rejects.toThrow('crash halfway');
    expect((await db.query('SELECT 1 FROM huishouden WHERE id = 10')).rows).toHaveLength(0);
  });

  it('refuses facts that break the schema rules', async () => {
    await expect(db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (11, 'abc')")).rejects.toThrow();
    await expect(
      db.query(
        "INSERT INTO feit (huishouden_id, soort, waarde, bron, geregistreerd_op) VALUES (1, 'nationaliteit', '{}', 'brp', now())",
      ),
    ).rejects.toThrow();
  });
});
