/**
 * Fairness monitoring on the services (issue 19): the report of a run counts the run's households
 * and the selections of each rule, sees a review that changed an amount, logs the processing for
 * every person, is refused to a case worker, and its CSV names each rule and group.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { Geweigerd, NietGevonden } from '@regelmaat/kernel';
import { nieuweTrace, verwerkingenVan } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from './context';
import {
  eerlijkheidCsvVanRun,
  eerlijkheidTrendVan,
  eerlijkheidVanRun,
  runsVoorEerlijkheid,
} from './eerlijkheid';
import { inloggenMedewerker } from './sessies';
import { maakTestOmgeving, SLEUTELS, type TestOmgeving } from './testing/test-omgeving';

describeEachDatabase('fairness report on the services on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let runId: number;
  const sessies: Record<string, Context['sessie']> = {};
  const als = (wie: string): Context => ({ sessie: sessies[wie], trace: nieuweTrace() });

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    for (const n of ['behandelaar-1', 'teamleider-1', 'auditor-1'])
      sessies[n] = (await inloggenMedewerker(t.o, { gebruikersnaam: n, wachtwoord: `demo-${n}` })).sessie;
    runId = Number(
      (await db.query<{ id: string }>(`SELECT id FROM run WHERE soort = 'voorschot'`)).rows[0]!.id,
    );
    const hh = (
      await db.query<{ h: string }>(
        'SELECT DISTINCT huishouden_id AS h FROM beschikking WHERE run_id = $1 ORDER BY 1',
        [runId],
      )
    ).rows.map((r) => Number(r.h));
    // The run selected the first two households: one by two rules, reviewed with a changed amount.
    await db.query(
      `INSERT INTO zaak (huishouden_id, run_id, redenen, toelichting, prioriteit, aangemaakt_op, status, behandelaar, afgerond_op)
       VALUES ($1, $3, '{VERMOGEN_RAND,SCHATTING_WIJKT_AF}', '{}', 2, $4, 'afgerond', 'm-behandelaar-1', $4),
              ($2, $3, '{VERMOGEN_RAND}', '{}', 2, $4, 'open', NULL, NULL)`,
      [hh[0], hh[1], runId, '2026-01-02T00:00:00Z'],
    );
    await db.query(
      `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
                                engine_versie, parameter_versie, invoer_hash, bekend_op, aangemaakt_op, aanleiding, vorige_id)
       SELECT NULL, huishouden_id, regeling, jaar, soort, status, jaarbedrag + 1200, maandbedragen, engine_versie,
              parameter_versie, invoer_hash, '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z', 'wijziging', id
         FROM beschikking WHERE run_id = $1 AND huishouden_id = $2 ORDER BY id LIMIT 1`,
      [runId, hh[0]],
    );
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('counts every rule over the run, with the review that changed an amount', async () => {
    const { run, rapport } = await eerlijkheidVanRun(t.o, als('auditor-1'), runId);
    expect(run).toMatchObject({ id: runId, soort: 'voorschot', jaar: 2026 });
    const aantal = Number(
      (
        await db.query<{ n: string }>(
          'SELECT count(DISTINCT huishouden_id) AS n FROM beschikking WHERE run_id = $1',
          [runId],
        )
      ).rows[0]!.n,
    );
    expect(rapport.huishoudens).toBe(aantal);
    const vermogen = rapport.regels.find((r) => r.code === 'VERMOGEN_RAND')!;
    expect(vermogen).toMatchObject({ geselecteerd: 2, beoordeeld: 1, gewijzigd: 1 });
    expect(rapport.regels.find((r) => r.code === 'SCHATTING_WIJKT_AF')).toMatchObject({
      geselecteerd: 1,
      gewijzigd: 1,
    });
    expect(rapport.regels.find((r) => r.code === 'KIND_WORDT_18')).toMatchObject({ geselecteerd: 0 });
    // Every household falls in one household type and one age band.
    const typen = vermogen.groepen.filter((g) => g.dimensie === 'huishoudtype');
    expect(typen.reduce((s, g) => s + g.huishoudens, 0)).toBe(aantal);
    expect(
      vermogen.groepen.filter((g) => g.dimensie === 'leeftijd').some((g) => g.groep === 'onbekend'),
    ).toBe(false);
    // Computing it read the facts of household 1's applicant: logged for that person.
    const log = await verwerkingenVan(db, t.bsn1, SLEUTELS.pseudoniem, { metActor: true });
    expect(
      log.some((r) => r.activiteit.id.endsWith('/eerlijkheid-bewaken') && r.actor?.id === 'm-auditor-1'),
    ).toBe(true);
  });

  it('gives the team lead the same, CSV and trend; refuses a case worker and an unknown run', async () => {
    const csv = await eerlijkheidCsvVanRun(t.o, als('teamleider-1'), runId);
    expect(csv.split('\r\n')[0]).toMatch(/^run,regel,dimensie,groep,huishoudens,geselecteerd/);
    expect(csv).toContain(`${runId},VERMOGEN_RAND,totaal,alle,`);
    const { runs, trend } = await eerlijkheidTrendVan(t.o, als('auditor-1'));
    expect(runs.map((r) => r.id)).toEqual([runId]);
    expect(trend.find((r) => r.code === 'VERMOGEN_RAND')!.punten[0]).toMatchObject({
      runId,
      geselecteerd: 2,
    });
    expect((await runsVoorEerlijkheid(t.o, als('auditor-1'))).map((r) => r.id)).toEqual([runId]);
    await expect(eerlijkheidVanRun(t.o, als('behandelaar-1'), runId)).rejects.toBeInstanceOf(Geweigerd);
    await expect(eerlijkheidVanRun(t.o, als('auditor-1'), 99_999)).rejects.toBeInstanceOf(NietGevonden);
  });
});
