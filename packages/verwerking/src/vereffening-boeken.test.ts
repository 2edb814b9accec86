/**
 * A definitive run books what its settlements lead to (@regelmaat/invordering, migration 023), in
 * the partition's transaction: every back-payment paid once with its date, every recovery above the
 * doelmatigheidsgrens a claim in the ledger with its last day to pay; decisions held for a
 * zienswijze and recoveries set at nil are not booked. Then simulated payments bring a balance to
 * zero, and the ledger refuses what would break it.
 */
import type { Db } from '@regelmaat/db';
import { copyLine } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { FEIT_KOLOMMEN, schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import {
  DEFINITIEF_OP,
  definitieveFeiten,
  testDossiers,
  testHuishouden,
} from '@regelmaat/dossier-opslag/testing';
import {
  boekAf,
  boekingenVan,
  boekVereffeningen,
  nabetalingenVan,
  vorderingenVan,
} from '@regelmaat/invordering';
import { wetgeving } from '@regelmaat/law';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRun } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { geenUitval } from './uitval-poort';
import { werk } from './werk';

const N = 40;
const w = wetgeving();

async function rijen<T>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query<T & Record<string, unknown>>(sql, params)).rows;
}

describeEachDatabase('settlements booked by the definitive run on $naam', ({ open }) => {
  let db: Db;
  let runId = 0;
  beforeAll(async () => {
    db = await open();
    await db.transaction((tx) => schrijfHuishoudens(tx, testDossiers(N)));
    const v = await startRun(db, { soort: 'voorschot', jaar: 2026, bekendOp: '2026-01-01T00:00:00Z' }, w);
    await werk(db, v.run, w, geenUitval, { worker: 'v', logboek: TEST_LOGBOEK });
    for (let maand = 1; maand <= 12; maand++) {
      const b = await startRun(db, { soort: 'betaling', jaar: 2026, maand }, w);
      await werk(db, b.run, w, geenUitval, { worker: 'b', logboek: TEST_LOGBOEK });
    }
    const copy = Array.from({ length: N }, (_, i) => definitieveFeiten(testHuishouden(i)))
      .flatMap(({ id, feiten }) =>
        feiten.map((f) =>
          copyLine([
            id,
            f.soort,
            f.persoonBsn ?? null,
            f.waarde,
            null,
            null,
            f.bron,
            f.geregistreerdOp,
            null,
          ]),
        ),
      )
      .join('');
    await db.copyFrom('feit', FEIT_KOLOMMEN, copy);
    const { run } = await startRun(
      db,
      { soort: 'definitief', jaar: 2026, bekendOp: DEFINITIEF_OP, nu: DEFINITIEF_OP, partitiegrootte: 9 },
      w,
    );
    runId = run.id;
    await werk(db, run, w, geenUitval, { worker: 'd', logboek: TEST_LOGBOEK });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('books each back-payment and each collected recovery once, and nothing else', async () => {
    const v = await rijen<{
      id: string;
      uitkomst: string;
      status: string;
      te_betalen: number;
      terug: number;
    }>(
      db,
      `SELECT b.id, b.status, v.uitkomst, v.te_betalen, v.terug_te_vorderen AS terug
         FROM vereffening v JOIN beschikking b ON b.id = v.beschikking_id WHERE b.run_id = $1`,
      [runId],
    );
    const na = new Map(
      (
        await rijen<{ id: string; bedrag: number }>(db, 'SELECT beschikking_id AS id, bedrag FROM nabetaling')
      ).map((r) => [r.id, r.bedrag]),
    );
    const vo = new Map(
      (
        await rijen<{ id: string; bedrag: number; dag: string; uiterlijk: string }>(
          db,
          `SELECT beschikking_id AS id, bedrag, to_char(dagtekening, 'YYYY-MM-DD') AS dag,
                  to_char(betalen_uiterlijk, 'YYYY-MM-DD') AS uiterlijk FROM vordering`,
        )
      ).map((r) => [r.id, r]),
    );
    const tel: Record<string, number> = {};
    for (const r of v) {
      const k = `${r.uitkomst}/${r.status}`;
      tel[k] = (tel[k] ?? 0) + 1;
      const vast = r.status === 'vastgesteld';
      expect(na.get(r.id)).toBe(vast && r.uitkomst === 'nabetaling' ? r.te_betalen : undefined);
      expect(vo.get(r.id)?.bedrag).toBe(vast && r.uitkomst === 'terugvordering' ? r.terug : undefined);
    }
    console.log(`settlements of the definitive run (uitkomst/status): ${JSON.stringify(tel)}`);
    expect(tel['nabetaling/vastgesteld']).toBeGreaterThan(0);
    expect(tel['terugvordering/vastgesteld']).toBeGreaterThan(0);
    // Six weeks after the dagtekening (Awir art. 28 lid 1).
    for (const r of vo.values())
      expect(Date.parse(r.uiterlijk) - Date.parse(r.dag)).toBe(42 * 24 * 3600 * 1000);
    // Booking the run again writes nothing new.
    const nog = await db.transaction((tx) => boekVereffeningen(tx, { runId, vanId: 0, totId: N + 1 }));
    expect(nog).toEqual({ nabetalingen: 0, vorderingen: 0 });
  });

  it('payments bring a balance to zero; the ledger refuses more than is owed and any change', async () => {
    const h = await rijen<{ h: string }>(db, 'SELECT huishouden_id AS h FROM vordering ORDER BY id LIMIT 1');
    const huishouden = Number(h[0]!.h);
    const [v] = await vorderingenVan(db, huishouden);
    expect(v!.saldo).toBe(v!.bedrag);
    const op = '2027-09-01T10:00:00.000Z';
    const eerste = Math.floor(v!.bedrag / 3);
    await db.transaction((tx) =>
      boekAf(tx, { vorderingId: v!.id, soort: 'betaling', bedrag: eerste, datum: '2027-08-31', op }),
    );
    await expect(
      db.transaction((tx) =>
        boekAf(tx, { vorderingId: v!.id, soort: 'betaling', bedrag: v!.bedrag, datum: '2027-09-01', op }),
      ),
    ).rejects.toMatchObject({ code: 'meer-dan-open', status: 409 });
    await expect(
      db.transaction((tx) =>
        boekAf(tx, { vorderingId: v!.id, soort: 'betaling', bedrag: 1, datum: '2027-09-02', op }),
      ),
    ).rejects.toThrow('niet na vandaag');
    const rest = await db.transaction((tx) =>
      boekAf(tx, {
        vorderingId: v!.id,
        soort: 'betaling',
        bedrag: v!.bedrag - eerste,
        datum: '2027-09-01',
        op,
      }),
    );
    expect(rest).toBe(0);
    expect((await vorderingenVan(db, huishouden))[0]!.saldo).toBe(0);
    const boekingen = await boekingenVan(db, v!.id);
    expect(boekingen.map((b) => b.soort)).toEqual(['vordering', 'betaling', 'betaling']);
    expect(boekingen.reduce((s, b) => s + b.bedrag, 0)).toBe(0);
    await expect(db.query('UPDATE boeking SET bedrag = 1 WHERE id = $1', [boekingen[1]!.id])).rejects.toThrow(
      'alleen toevoegen',
    );
    await expect(db.query('DELETE FROM boeking WHERE id = $1', [boekingen[1]!.id])).rejects.toThrow(
      'alleen toevoegen',
    );
  });

  it('a household sees the back-payments paid to it, dated no later than they were recorded', async () => {
    const h = await rijen<{ h: string }>(db, 'SELECT huishouden_id AS h FROM nabetaling ORDER BY 1 LIMIT 1');
    const lijst = await nabetalingenVan(db, Number(h[0]!.h));
    expect(lijst.length).toBeGreaterThan(0);
    for (const n of lijst) expect(n.betaaldOp <= new Date().toISOString().slice(0, 10)).toBe(true);
  });
});
