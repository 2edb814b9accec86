import { reproduceer } from '@regelmaat/beschikking';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { DEFINITIEF_OP, schrijfDefinitieveFeiten, testDossiers } from '@regelmaat/dossier-opslag/testing';
import { wetgeving } from '@regelmaat/law';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRun } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { geenUitval } from './uitval-poort';
import { werk } from './werk';

const N = 60;
const w = wetgeving();

async function telling(db: Db, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
}

describeEachDatabase('yearly cycle on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await db.transaction((tx) => schrijfHuishoudens(tx, testDossiers(N)));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('refuses a definitive run before the advance run is done', async () => {
    await expect(startRun(db, { soort: 'definitief', jaar: 2026, nu: DEFINITIEF_OP }, w)).rejects.toThrow(
      'nog geen afgeronde voorschotrun',
    );
  });

  it('advance run: one decision per entitled household and toeslag, nothing doubled by a rerun', async () => {
    const { run } = await startRun(
      db,
      { soort: 'voorschot', jaar: 2026, bekendOp: '2026-01-01T00:00:00Z', partitiegrootte: 7 },
      w,
    );
    // Two workers in parallel on the same run.
    const [a, b] = await Promise.all([
      werk(db, run, w, geenUitval, { worker: 'a', logboek: TEST_LOGBOEK, wachtOpAnderen: true }),
      werk(db, run, w, geenUitval, { worker: 'b', logboek: TEST_LOGBOEK, wachtOpAnderen: true }),
    ]);
    expect(a.huishoudens + b.huishoudens).toBe(N);
    const rapport = a.rapport ?? b.rapport;
    expect(rapport?.huishoudens).toBe(N);
    const aantal = await telling(db, 'SELECT count(*) AS n FROM beschikking WHERE run_id = $1', [run.id]);
    const zt = await telling(
      db,
      "SELECT count(*) AS n FROM beschikking WHERE run_id = $1 AND regeling = 'zorgtoeslag'",
      [run.id],
    );
    expect(zt).toBeGreaterThan(N / 3);
    // Rerun: the run is found again and nothing is added.
    const again = await startRun(db, { soort: 'voorschot', jaar: 2026, partitiegrootte: 7 }, w);
    expect(again.nieuw).toBe(false);
    await werk(db, again.run, w, geenUitval, { worker: 'c', logboek: TEST_LOGBOEK });
    expect(await telling(db, 'SELECT count(*) AS n FROM beschikking WHERE run_id = $1', [run.id])).toBe(
      aantal,
    );
    expect(
      (await db.query<{ status: string }>('SELECT status FROM run WHERE id = $1', [run.id])).rows[0]!.status,
    ).toBe('klaar');
  });

  it('every advance decision reproduces from the dossier as it was known', async () => {
    const ids = (
      await db.query<{ id: string }>(
        "SELECT id FROM beschikking WHERE soort = 'voorschot' ORDER BY id LIMIT 20",
      )
    ).rows;
    expect(ids.length).toBeGreaterThan(0);
    for (const { id } of ids) {
      const r = await reproduceer(db, Number(id), w);
      expect(r.verschillen).toEqual([]);
      expect(r.gelijk).toBe(true);
    }
  });

  it('monthly payment run pays each advance instalment once', async () => {
    const { run } = await startRun(db, { soort: 'betaling', jaar: 2026, maand: 1, partitiegrootte: 20 }, w);
    await werk(db, run, w, geenUitval, { worker: 'p', logboek: TEST_LOGBOEK });
    await werk(db, run, w, geenUitval, { worker: 'p2', logboek: TEST_LOGBOEK });
    const betaald = await telling(db, 'SELECT sum(bedrag) AS n FROM betaling WHERE run_id = $1', [run.id]);
    const verwacht = await telling(
      db,
      "SELECT sum(maandbedragen[1]) AS n FROM beschikking WHERE soort = 'voorschot' AND status = 'vastgesteld'",
    );
    expect(betaald).toBe(verwacht);
  });

  it('definitive run: final incomes → settlement with back-payments and recoveries', async () => {
    await schrijfDefinitieveFeiten(db, N);
    const { run } = await startRun(
      db,
      { soort: 'definitief', jaar: 2026, bekendOp: DEFINITIEF_OP, nu: DEFINITIEF_OP, partitiegrootte: 9 },
      w,
    );
    const uit = await werk(db, run, w, geenUitval, { worker: 'd', logboek: TEST_LOGBOEK });
    const uitkomsten = Object.fromEntries(uit.rapport!.vereffeningen.map((v) => [v.uitkomst, v.aantal]));
    expect(uitkomsten.terugvordering).toBeGreaterThan(0);
    // Every settlement balances against its advance.
    const scheef = await telling(
      db,
      `SELECT count(*) AS n FROM vereffening v JOIN beschikking b ON b.id = v.beschikking_id
        WHERE v.voorschot_totaal + v.verschil <> v.definitief OR b.jaarbedrag <> v.definitief`,
    );
    expect(scheef).toBe(0);
    const r = await reproduceer(
      db,
      Number(
        (await db.query<{ id: string }>("SELECT id FROM beschikking WHERE soort = 'definitief' LIMIT 1"))
          .rows[0]!.id,
      ),
      w,
    );
    expect(r.gelijk).toBe(true);
  });
});
