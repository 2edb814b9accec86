import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { bekendOp, type Feit, feit } from '@regelmaat/dossier';
import { eurosToCents } from '@regelmaat/kernel';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { leesBekendeFeiten, leesFeiten } from './feiten-lezen';
import { schrijfHuishoudens } from './feiten-schrijven';
import { AANVRAAG_OP, testBsn, testDossiers } from './testing/voorbeeld-dossiers';

const MOMENTEN = [
  '2025-11-30T00:00:00Z',
  AANVRAAG_OP,
  '2026-03-01T00:00:00.000Z',
  '2026-06-01T12:30:00+02:00',
];

describeEachDatabase('reading facts on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    const dossiers = testDossiers(12);
    const b = testBsn(1);
    // A correction that supersedes the estimate, a withdrawn fact, and values COPY must escape.
    const extra: Feit[] = [
      {
        ...feit(
          'inkomen_schatting',
          { jaar: 2026, bedrag: eurosToCents(31_000) },
          'burger',
          '2026-02-10T08:15:30.123Z',
          b,
        ),
      },
      {
        ...feit(
          'adres',
          { woonplaats: 'Tab\there, "quoted" \\ back\nslash — ’s-Hertogenbosch' },
          'brp',
          AANVRAAG_OP,
        ),
        geldigVanaf: '2026-01-15',
        geldigTot: '2026-09-01',
      },
      {
        ...feit('verblijf', { rechtmatig: false }, 'brp', AANVRAAG_OP, b),
        vervallenOp: '2026-04-01T00:00:00Z',
      },
    ];
    dossiers[0] = { ...dossiers[0]!, feiten: [...dossiers[0]!.feiten, ...extra] };
    await db.transaction((tx) => schrijfHuishoudens(tx, dossiers));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('the COPY fast path reads the same facts as leesFeiten, as known at each moment', async () => {
    const alle = await leesFeiten(db, 1, 100);
    expect(alle.get(1)!.length).toBeGreaterThan(5);
    for (const moment of MOMENTEN) {
      const snel = await leesBekendeFeiten(db, 1, 100, moment);
      expect(snel).toEqual(await leesFeiten(db, 1, 100, moment));
      // …which is the dossier rule `bekendOp` applied to all facts.
      for (const [id, lijst] of alle) expect(snel.get(id) ?? []).toEqual(bekendOp(lijst, moment));
    }
    const h1 = (await leesBekendeFeiten(db, 1, 2, '2026-03-01T00:00:00Z')).get(1)!;
    expect(h1.find((f) => f.soort === 'adres')?.waarde).toEqual({
      woonplaats: 'Tab\there, "quoted" \\ back\nslash — ’s-Hertogenbosch',
    });
    expect(h1.find((f) => f.soort === 'verblijf')?.vervallenOp).toBe('2026-04-01T00:00:00.000Z');
  });

  it('refuses a moment or range it cannot put safely into the COPY query', async () => {
    await expect(leesBekendeFeiten(db, 1, 2, "2026-01-01'; DROP TABLE feit; --")).rejects.toThrow(RangeError);
    await expect(leesBekendeFeiten(db, 1.5, 2, AANVRAAG_OP)).rejects.toThrow(RangeError);
  });
});
