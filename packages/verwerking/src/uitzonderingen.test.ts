/**
 * The fixed set of households built to trigger each exception rule goes through the advance and
 * the definitive run; each household must get a case with every reason it was built for.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { wetgeving } from '@regelmaat/law';
import { alsDossier, kalender, vasteSet } from '@regelmaat/populatie';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRun } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { standaardUitval } from './uitval-adapter';
import { werk } from './werk';

const set = vasteSet('uitzonderingen', 2026);

describeEachDatabase('exception households on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await db.transaction((tx) =>
      schrijfHuishoudens(
        tx,
        set.map((sh, i) => ({ ...alsDossier(sh, 2026, kalender(2026).definitieveRunOp), id: i + 1 })),
      ),
    );
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('opens a case with every expected reason, and holds definitive decisions with a priority-1 case', async () => {
    const w = wetgeving();
    const k = kalender(2026);
    for (const [soort, bekendOp] of [
      ['voorschot', k.voorschotOp],
      ['definitief', k.definitieveRunOp],
    ] as const) {
      const { run } = await startRun(
        db,
        { soort, jaar: 2026, bekendOp, nu: k.definitieveRunOp, partitiegrootte: 3 },
        w,
      );
      await werk(db, run, w, standaardUitval(w), { worker: 't', logboek: TEST_LOGBOEK });
    }
    const zaken = await db.query<{ huishouden_id: string; redenen: string[]; soort: string; team: string }>(
      'SELECT huishouden_id, redenen, soort, team FROM zaak',
    );
    // A recovery of € 1,500 or more goes to the hearing queue (Awir art. 26b); the rest to uitval-controle.
    for (const z of zaken.rows) {
      const hoorplicht = z.redenen.includes('HOGE_TERUGVORDERING');
      expect(z.soort).toBe(hoorplicht ? 'hoorzitting-terugvordering' : 'uitval-controle');
      expect(z.team).toBe(hoorplicht ? 'invordering' : 'uitval');
    }
    expect(zaken.rows.some((z) => z.soort === 'hoorzitting-terugvordering')).toBe(true);
    const perHuishouden = new Map<number, Set<string>>();
    for (const z of zaken.rows) {
      const s = perHuishouden.get(Number(z.huishouden_id)) ?? new Set<string>();
      for (const r of z.redenen) s.add(r);
      perHuishouden.set(Number(z.huishouden_id), s);
    }
    const verwacht = set.flatMap((sh, i) => (sh.verwachteUitval ?? []).map((code) => [i + 1, code] as const));
    expect(verwacht.length).toBeGreaterThanOrEqual(6);
    for (const [id, code] of verwacht)
      expect([...(perHuishouden.get(id) ?? [])], `huishouden ${id}`).toContain(code);
    // Every rule the set was built for fires at least once.
    const gevonden = new Set(zaken.rows.flatMap((z) => z.redenen));
    for (const code of new Set(verwacht.map(([, c]) => c))) expect(gevonden).toContain(code);
    const aangehouden = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM beschikking WHERE status = 'aangehouden'",
    );
    expect(Number(aangehouden.rows[0]!.n)).toBeGreaterThan(0);
  }, 60_000);
});
