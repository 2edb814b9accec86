/**
 * A kinderopvangtoeslag that depends on an uncertain value of the reconstructed 2025 table is not
 * paid silently: the advance run opens a case of type kot-tabel-onzeker in team uitval, carrying
 * both possible amounts; a household whose amount is certain gets no case.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { alsNieuwHuishouden } from '@regelmaat/dossier-opslag/testing';
import { type HuishoudenInvoer, wetgeving } from '@regelmaat/law';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRun } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { standaardUitval } from './uitval-adapter';
import { werk } from './werk';

const w = wetgeving();

/** 2025, two children in care; `inkomen` joint. */
function huishouden(id: number, inkomen: number): Parameters<typeof alsNieuwHuishouden>[0] {
  const invoer: HuishoudenInvoer = {
    berekeningsjaar: 2025,
    aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: inkomen },
    kinderen: [{ geboortedatum: '2018-05-01' }, { geboortedatum: '2023-05-01' }],
    kinderopvang: [
      { kind: 1, soort: 'dagopvang', urenPerMaand: 100, uurprijs: 10.71 },
      { kind: 0, soort: 'buitenschoolse-opvang', urenPerMaand: 60, uurprijs: 9.52 },
    ],
  };
  return { id, invoer, definitief: { aanvrager: inkomen } };
}

describeEachDatabase('uncertain 2025 table on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await db.transaction((tx) =>
      schrijfHuishoudens(tx, [
        alsNieuwHuishouden(huishouden(1, 53_000)),
        alsNieuwHuishouden(huishouden(2, 60_000)),
      ]),
    );
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('opens a kot-tabel-onzeker case with both amounts, only for the household that depends on it', async () => {
    const { run } = await startRun(
      db,
      { soort: 'voorschot', jaar: 2025, bekendOp: '2026-01-01T00:00:00Z', partitiegrootte: 5 },
      w,
    );
    await werk(db, run, w, standaardUitval(w), { worker: 't', logboek: TEST_LOGBOEK });
    const kot = await db.query<{ huishouden_id: string; jaarbedrag: string }>(
      "SELECT huishouden_id, jaarbedrag FROM beschikking WHERE regeling = 'kinderopvangtoeslag' ORDER BY huishouden_id",
    );
    // Computed with the reconstruction (94,5% for the next child): € 1.536 a month; € 1.495 at € 60.000.
    expect(kot.rows.map((r) => [Number(r.huishouden_id), Number(r.jaarbedrag)])).toEqual([
      [1, 1_843_200],
      [2, 1_794_000],
    ]);
    const zaken = await db.query<{
      huishouden_id: string;
      soort: string;
      team: string;
      redenen: string[];
      toelichting: { code: string; toelichting: string; bedrag?: number }[];
    }>('SELECT huishouden_id, soort, team, redenen, toelichting FROM zaak');
    expect(zaken.rows).toHaveLength(1);
    const z = zaken.rows[0]!;
    expect(Number(z.huishouden_id)).toBe(1);
    expect(z.soort).toBe('kot-tabel-onzeker');
    expect(z.team).toBe('uitval');
    expect(z.redenen).toEqual(['KOT_TABEL_ONZEKER']);
    const t = z.toelichting.find((x) => x.code === 'KOT_TABEL_ONZEKER')!;
    expect(t.toelichting.replace(/\u00a0/g, ' ')).toContain('€ 18.432,00 over het jaar');
    expect(t.toelichting.replace(/\u00a0/g, ' ')).toContain('€ 18.540,00');
    expect(t.bedrag).toBe(10_800);
  }, 60_000);
});
