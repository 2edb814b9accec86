/**
 * Issue 10, item 13, at the service: a database filled before the loaders stopped writing facts
 * "from the future" (the demo recorded final incomes on 1 May of the next year) must not turn a
 * citizen's change of such a fact into a 500 from a failing CHECK: it is a plain 409 in Dutch, and
 * nothing is written.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { testBsn } from '@regelmaat/dossier-opslag/testing';
import { Conflict } from '@regelmaat/kernel';
import { nieuweTrace } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inloggenDigid } from './sessies';
import { maakTestOmgeving, type TestOmgeving } from './testing/test-omgeving';
import { meldWijziging } from './wijzigingen';

describeEachDatabase('a fact recorded after now on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('changing it is refused with a 409 in plain Dutch, not a 500, and nothing is written', async () => {
    const bsn = testBsn(50); // applicant of household 5
    // As an old demo database held it: the estimate "recorded" after the test's now (15 March 2026).
    await db.query(
      `INSERT INTO feit (huishouden_id, soort, persoon_bsn, waarde, bron, geregistreerd_op)
       VALUES (5, 'inkomen_schatting', $1, '{"jaar":2026,"bedrag":2000000}', 'burger', '2027-05-01T00:00:00Z')`,
      [bsn],
    );
    const voor = await db.query('SELECT count(*)::int AS n FROM feit WHERE huishouden_id = 5');
    const fout = await meldWijziging(
      t.o,
      { sessie: inloggenDigid(t.o, { bsn }).sessie, trace: nieuweTrace() },
      {
        wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 3_000_000 },
        bevestig: true,
      },
    ).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(Conflict);
    expect((fout as Conflict).status).toBe(409);
    expect((fout as Conflict).message).toContain('datum die nog moet komen');
    expect(await db.query('SELECT count(*)::int AS n FROM feit WHERE huishouden_id = 5')).toEqual(voor);
  });
});
