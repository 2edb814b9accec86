/**
 * A fifth regeling through the yearly runs: with the made-up proeftoeslag added to the Wetgeving's
 * list, the advance and the definitive run write its decisions and settlements beside those of the
 * four toeslagen — which stay exactly as in a run without it — with no change to the database.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { DEFINITIEF_OP, schrijfDefinitieveFeiten, testDossiers } from '@regelmaat/dossier-opslag/testing';
import { laadWetgeving, REGELINGEN, type Wetgeving, wetgeving } from '@regelmaat/law';
import { PROEFTOESLAG } from '@regelmaat/law/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRun } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { geenUitval } from './uitval-poort';
import { werk } from './werk';

const N = 30;
const metProef = laadWetgeving({}, [...REGELINGEN, PROEFTOESLAG]);

interface Rij {
  huishouden_id: string;
  regeling: string;
  soort: string;
  status: string;
  jaarbedrag: number;
  maandbedragen: number[];
}

/** The advance run and the definitive run of 2026 with the regelingen of `w`. */
async function jaar(db: Db, w: Wetgeving): Promise<void> {
  await db.transaction((tx) => schrijfHuishoudens(tx, testDossiers(N)));
  const voorschot = await startRun(
    db,
    { soort: 'voorschot', jaar: 2026, bekendOp: '2026-01-01T00:00:00Z', partitiegrootte: 7 },
    w,
  );
  await werk(db, voorschot.run, w, geenUitval, { worker: 'v', logboek: TEST_LOGBOEK });
  await schrijfDefinitieveFeiten(db, N);
  const definitief = await startRun(
    db,
    { soort: 'definitief', jaar: 2026, bekendOp: DEFINITIEF_OP, nu: DEFINITIEF_OP, partitiegrootte: 9 },
    w,
  );
  await werk(db, definitief.run, w, geenUitval, { worker: 'd', logboek: TEST_LOGBOEK });
}

async function beschikkingen(db: Db): Promise<Rij[]> {
  return (
    await db.query<Rij>(
      `SELECT huishouden_id::text, regeling, soort, status, jaarbedrag, maandbedragen FROM beschikking
        ORDER BY huishouden_id, regeling, soort`,
    )
  ).rows;
}

describeEachDatabase('a fifth regeling through the yearly runs on $naam', ({ open }) => {
  let standaard: Db;
  let proef: Db;
  beforeAll(async () => {
    [standaard, proef] = await Promise.all([open(), open()]);
    await jaar(standaard, wetgeving());
    await jaar(proef, metProef);
  }, 120_000);
  afterAll(async () => {
    await standaard?.close();
    await proef?.close();
  });

  it('writes advance and definitive decisions of the proeftoeslag', async () => {
    const rijen = (await beschikkingen(proef)).filter((r) => r.regeling === 'proeftoeslag');
    const voorschot = rijen.filter((r) => r.soort === 'voorschot');
    const definitief = rijen.filter((r) => r.soort === 'definitief');
    expect(voorschot.filter((r) => r.jaarbedrag > 0).length).toBeGreaterThan(N / 3);
    expect(definitief.length).toBeGreaterThanOrEqual(voorschot.length);
    for (const r of rijen) expect(r.maandbedragen).toHaveLength(12);
    // Each settlement of a proeftoeslag balances against its own advance.
    const scheef = await proef.query(
      `SELECT v.beschikking_id FROM vereffening v JOIN beschikking b ON b.id = v.beschikking_id
        WHERE b.regeling = 'proeftoeslag'
          AND (v.voorschot_totaal + v.verschil <> v.definitief OR b.jaarbedrag <> v.definitief)`,
    );
    expect(scheef.rows).toEqual([]);
    const vereffend = await proef.query<{ n: string }>(
      `SELECT count(*) AS n FROM vereffening v JOIN beschikking b ON b.id = v.beschikking_id
        WHERE b.regeling = 'proeftoeslag' AND v.voorschot_totaal > 0`,
    );
    expect(Number(vereffend.rows[0]!.n)).toBeGreaterThan(0);
  });

  it('leaves the decisions of the four toeslagen as they are without it', async () => {
    const zonder = await beschikkingen(standaard);
    const met = (await beschikkingen(proef)).filter((r) => r.regeling !== 'proeftoeslag');
    expect(zonder.length).toBeGreaterThan(N);
    expect(met).toEqual(zonder);
  });
});
