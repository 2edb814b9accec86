/**
 * Bulk reassignment beyond 200 cases (issue 17): the team lead's list pages by 200 with the real
 * total, the pages together hold every open case of the team exactly once, and the cases waiting
 * for approval are listed apart. A case worker may not open it.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inloggenMedewerker } from './sessies';
import { maakTestOmgeving, type TestOmgeving } from './testing/test-omgeving';
import { HERVERDEEL_LIMIET, herverdeelbareZaken } from './werklijst';

describeEachDatabase('bulk reassignment pages on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const ctxVan = async (gebruikersnaam: string) => {
    const a = DEMO_ACCOUNTS.find((x) => x.gebruikersnaam === gebruikersnaam)!;
    const { sessie } = await inloggenMedewerker(t.o, { gebruikersnaam, wachtwoord: a.wachtwoord });
    return { sessie, trace: nieuweTrace() };
  };

  it('pages beyond 200 cases with the real total and lists the cases waiting for approval apart', async () => {
    // 205 more open uitval cases (the trigger gives team, due date and subject), one waiting for approval.
    await db.query(
      `INSERT INTO zaak (huishouden_id, soort, redenen, toelichting, prioriteit, aangemaakt_op)
       SELECT 1, 'uitval-controle', '{SCHATTING_WIJKT_AF}', '[]', 2, $1 FROM generate_series(1, 205)`,
      ['2026-03-15T09:00:00Z'],
    );
    await db.query(
      `UPDATE zaak SET status = 'wacht-op-goedkeuring', behandelaar = 'm-behandelaar-1'
        WHERE id = (SELECT max(id) FROM zaak WHERE team = 'uitval')`,
    );
    const leider = await ctxVan('teamleider-1');
    const eerste = await herverdeelbareZaken(t.o, leider);
    expect(eerste.zaken).toHaveLength(HERVERDEEL_LIMIET);
    expect(eerste.totaal).toBe(205); // the test environment's case + 205 − the one waiting
    expect(eerste.volgende).toBeDefined();
    // Every request has its own trace (the log refuses the same act twice).
    const tweede = await herverdeelbareZaken(t.o, { ...leider, trace: nieuweTrace() }, eerste.volgende);
    expect(tweede.zaken).toHaveLength(5);
    expect(tweede.volgende).toBeUndefined();
    const ids = [...eerste.zaken, ...tweede.zaken].map((z) => z.id);
    expect(new Set(ids).size).toBe(205);
    expect(eerste.wachtOpGoedkeuring.map((z) => z.status)).toEqual(['wacht-op-goedkeuring']);
    expect(ids).not.toContain(eerste.wachtOpGoedkeuring[0]!.id);
    await expect(herverdeelbareZaken(t.o, await ctxVan('behandelaar-1'))).rejects.toMatchObject({
      status: 403,
    });
  });
});
