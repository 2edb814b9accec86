/**
 * A dossier whose facts break a rule of the input (two rented homes at once) is never computed nor
 * skipped silently: the run opens a case that names the field, and decides the other households.
 */

import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { feit } from '@regelmaat/dossier';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { AANVRAAG_OP, alsNieuwHuishouden, testHuishouden } from '@regelmaat/dossier-opslag/testing';
import { eurosToCents } from '@regelmaat/kernel';
import { wetgeving } from '@regelmaat/law';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRun } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { standaardUitval } from './uitval-adapter';
import { werk } from './werk';

describeEachDatabase('an unreadable dossier in a run on $naam', ({ open }) => {
  let db: Db;
  // Household 1 rents (testHuishouden(0) has rent); household 2 is the same with a second home overlapping it.
  const goed = alsNieuwHuishouden(testHuishouden(0));
  const fout = alsNieuwHuishouden({ ...testHuishouden(0), id: 2 });
  const tweedeWoning = {
    ...feit(
      'huur',
      { kaleHuur: eurosToCents(650), servicekosten: eurosToCents(0), zelfstandig: true },
      'burger',
      AANVRAAG_OP,
    ),
    geldigVanaf: '2026-03-01',
  };
  beforeAll(async () => {
    db = await open();
    await db.transaction((tx) =>
      schrijfHuishoudens(tx, [goed, { ...fout, feiten: [...fout.feiten, tweedeWoning] }]),
    );
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('opens an ONGELDIG_DOSSIER case naming the field, and decides only the readable household', async () => {
    const w = wetgeving();
    const { run } = await startRun(
      db,
      {
        soort: 'voorschot',
        jaar: 2026,
        bekendOp: '2025-12-15T00:00:00.000Z',
        nu: '2025-12-15T00:00:00.000Z',
      },
      w,
    );
    await werk(db, run, w, standaardUitval(w), { worker: 't', logboek: TEST_LOGBOEK });
    const zaken = await db.query<{ huishouden_id: string; redenen: string[]; toelichting: unknown }>(
      'SELECT huishouden_id, redenen, toelichting FROM zaak ORDER BY huishouden_id',
    );
    const ongeldig = zaken.rows.filter((z) => z.redenen.includes('ONGELDIG_DOSSIER'));
    expect(ongeldig.map((z) => Number(z.huishouden_id))).toEqual([2]);
    expect(JSON.stringify(ongeldig[0]!.toelichting)).toContain(
      'huur[1].vanaf: overlapt met huur 0: er kan maar één huurwoning tegelijk zijn',
    );
    const beschikkingen = await db.query<{ huishouden_id: string }>(
      'SELECT DISTINCT huishouden_id FROM beschikking WHERE run_id = $1',
      [run.id],
    );
    expect(beschikkingen.rows.map((b) => Number(b.huishouden_id))).toEqual([1]);
  }, 60_000);
});
