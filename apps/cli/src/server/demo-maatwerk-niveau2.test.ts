/**
 * The demo's level-2 maatwerk decision (issue 17): seeded through the services on the open
 * exception cases a run opened (arranged here as a run would open them), approved by a team lead,
 * so its page lists really comparable cases and a case that shares a rule but is not comparable,
 * with the rule it misses. Once.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { inloggenMedewerker, niveau2Overzicht } from '@regelmaat/diensten';
import { maakTestOmgeving } from '@regelmaat/diensten/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { zaaiDemoMaatwerkNiveau2 } from './demo-maatwerk-niveau2';

describeEachDatabase('the demo’s level-2 maatwerk on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 180_000);
  afterAll(async () => {
    await db?.close();
  });

  it('decides and approves a level-2 decision with comparable and not comparable cases, once', async () => {
    const t = await maakTestOmgeving(db);
    const huishoudens = (
      await db.query<{ id: string }>('SELECT id FROM huishouden ORDER BY id LIMIT 4')
    ).rows.map((r) => Number(r.id));
    // Opened as a run opens its exception cases (the columns openUitvalZaken writes; migration 007
    // gives team, due date and the first history row).
    const zaak = async (h: number, redenen: string[]) => ({
      id: Number(
        (
          await db.query<{ id: string }>(
            `INSERT INTO zaak (huishouden_id, soort, redenen, toelichting, prioriteit)
             VALUES ($1, 'uitval-controle', $2::text[], '[]'::jsonb, 2) RETURNING id`,
            [h, redenen],
          )
        ).rows[0]!.id,
      ),
    });
    // The test setup's own case (household 1) has SCHATTING_WIJKT_AF only.
    const basis = await zaak(huishoudens[1]!, ['SCHATTING_WIJKT_AF', 'VERMOGEN_RAND']);
    const gelijk = await zaak(huishoudens[2]!, ['SCHATTING_WIJKT_AF', 'VERMOGEN_RAND']);
    const meer = await zaak(huishoudens[3]!, ['KIND_WORDT_18', 'SCHATTING_WIJKT_AF', 'VERMOGEN_RAND']);

    const besluitId = await zaaiDemoMaatwerkNiveau2(t.o, 2026);
    expect(besluitId).toBeGreaterThan(0);
    const leider = await inloggenMedewerker(t.o, {
      gebruikersnaam: 'teamleider-1',
      wachtwoord: 'demo-teamleider-1',
    });
    const data = await niveau2Overzicht(t.o, { sessie: leider.sessie, trace: nieuweTrace() }, besluitId!);
    expect(data.besluit).toMatchObject({
      zaakId: basis.id,
      niveau: 'vergelijkbaar',
      status: 'van-kracht',
      auteur: 'm-behandelaar-1',
    });
    expect(data.vergelijkbaar.map((v) => v.zaak.id)).toEqual([gelijk.id, meer.id]);
    expect(data.nietVergelijkbaar.zaken.map((v) => v.zaak.id)).toEqual([t.zaakId]);
    expect(data.nietVergelijkbaar.zaken[0]!.redenen.filter((r) => !r.ok)).toEqual([
      { soort: 'regel', ok: false, code: 'VERMOGEN_RAND' },
    ]);

    expect(await zaaiDemoMaatwerkNiveau2(t.o, 2026)).toBeUndefined();
    const n = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM maatwerkbesluit WHERE niveau = 'vergelijkbaar'",
    );
    expect(Number(n.rows[0]!.n)).toBe(1);
  });
});
