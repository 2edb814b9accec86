/**
 * Migration 025 (issue 12, item 4): money in the dossier's facts becomes eurocents. Every amount of
 * every soort is multiplied by 100 exactly; a value with a third decimal stays a fraction of a cent
 * (the dossier reports it as before), a value that is no number and every other field stay as they
 * were.
 */
import { afterEach, expect, it } from 'vitest';
import type { Db } from './db';
import { migreer } from './migreer';
import { describeEachDatabase } from './testing/test-databases';

const FEIT = `INSERT INTO feit (huishouden_id, soort, persoon_bsn, waarde, bron, geregistreerd_op)
  VALUES (1, $1, $2, $3::json, 'burger', '2025-11-01T00:00:00Z') RETURNING id`;

const VOOR: [soort: string, bsn: string | null, waarde: unknown, na: unknown][] = [
  ['inkomen_schatting', '123456782', { jaar: 2026, bedrag: 34000.5 }, { jaar: 2026, bedrag: 3400050 }],
  ['inkomen_definitief', '123456782', { jaar: 2026, bedrag: 19.99 }, { jaar: 2026, bedrag: 1999 }],
  ['inkomen_schatting', '123456782', { jaar: 2026, bedrag: -1250 }, { jaar: 2026, bedrag: -125000 }],
  ['vermogen', '123456782', { jaar: 2026, bedrag: 0 }, { jaar: 2026, bedrag: 0 }],
  ['vorig_inkomen', null, { jaar: 2025, bedrag: 0.01 }, { jaar: 2025, bedrag: 1 }],
  [
    'huur',
    null,
    { kaleHuur: 640.5, servicekosten: 45.99, zelfstandig: true },
    { kaleHuur: 64050, servicekosten: 4599, zelfstandig: true },
  ],
  ['huur', null, { kaleHuur: 700, zelfstandig: false }, { kaleHuur: 70000, zelfstandig: false }],
  [
    'kinderopvang',
    '123456782',
    { soort: 'dagopvang', urenPerMaand: 90.5, uurprijs: 10.25, geregistreerd: true },
    { soort: 'dagopvang', urenPerMaand: 90.5, uurprijs: 1025, geregistreerd: true },
  ],
  // A third decimal stays a fraction of a cent; a value that is no number is left alone.
  ['vermogen', '123456782', { jaar: 2026, bedrag: 12.345 }, { jaar: 2026, bedrag: 1234.5 }],
  ['inkomen_schatting', '123456782', { jaar: 2026, bedrag: '100' }, { jaar: 2026, bedrag: '100' }],
  // Not money: unchanged.
  [
    'persoon',
    '123456782',
    { rol: 'aanvrager', geboortedatum: '1980-01-01' },
    { rol: 'aanvrager', geboortedatum: '1980-01-01' },
  ],
  [
    'opvanguren_aanbieder',
    '123456782',
    { jaar: 2026, soort: 'dagopvang', uren: [90.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    { jaar: 2026, soort: 'dagopvang', uren: [90.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  ],
];

describeEachDatabase('migration 025 on $naam', ({ open }) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('turns every euro amount of a fact into eurocents, exactly, and nothing else', async () => {
    db = await open({ totVersie: 24 });
    await db.query("INSERT INTO huishouden (id, bsn_aanvrager) VALUES (1, '123456782')");
    const ids: number[] = [];
    for (const [soort, bsn, waarde] of VOOR) {
      const r = await db.query<{ id: string }>(FEIT, [soort, bsn, JSON.stringify(waarde)]);
      ids.push(Number(r.rows[0]!.id));
    }
    expect(await migreer(db)).toContain(25);
    for (let i = 0; i < VOOR.length; i++) {
      const r = await db.query<{ waarde: unknown }>('SELECT waarde FROM feit WHERE id = $1', [ids[i]]);
      expect(r.rows[0]!.waarde, `${VOOR[i]![0]} ${JSON.stringify(VOOR[i]![2])}`).toEqual(VOOR[i]![3]);
    }
  }, 60_000);
});
