/**
 * @module
 * For tests: the test environment's year settled — the twelve monthly payments, the final incomes
 * from the tax authority, and the definitive run, which books back-payments and recoveries
 * (@regelmaat/invordering). Returns the BSN of an applicant with a recovery and of one without.
 */
import { copyLine, type Db } from '@regelmaat/db';
import { FEIT_KOLOMMEN } from '@regelmaat/dossier-opslag';
import { DEFINITIEF_OP, definitieveFeiten, testHuishouden } from '@regelmaat/dossier-opslag/testing';
import type { Wetgeving } from '@regelmaat/law';
import { geenUitval, standaardUitval, startRun, werk } from '@regelmaat/verwerking';

export async function rekenJaarAf(
  db: Db,
  w: Wetgeving,
  sleutel: string,
  huishoudens = 6,
  /** Run the definitive calculation with the exception rules (a recovery ≥ € 1,500 is then held). */
  metUitzonderingen = false,
): Promise<{ metVordering: string; zonderVordering: string }> {
  const logboek = { sleutel };
  for (let maand = 1; maand <= 12; maand++) {
    const { run } = await startRun(db, { soort: 'betaling', jaar: 2026, maand }, w);
    await werk(db, run, w, geenUitval, { worker: 'test', logboek });
  }
  const copy = Array.from({ length: huishoudens }, (_, i) => definitieveFeiten(testHuishouden(i)))
    .flatMap(({ id, feiten }) =>
      feiten.map((f) =>
        copyLine([id, f.soort, f.persoonBsn ?? null, f.waarde, null, null, f.bron, f.geregistreerdOp, null]),
      ),
    )
    .join('');
  await db.copyFrom('feit', FEIT_KOLOMMEN, copy);
  const { run } = await startRun(
    db,
    { soort: 'definitief', jaar: 2026, bekendOp: DEFINITIEF_OP, nu: DEFINITIEF_OP },
    w,
  );
  await werk(db, run, w, metUitzonderingen ? standaardUitval(w) : geenUitval, { worker: 'test', logboek });
  const r = await db.query<{ bsn: string; heeft: boolean }>(
    `SELECT h.bsn_aanvrager AS bsn, EXISTS (SELECT 1 FROM vordering v WHERE v.huishouden_id = h.id) AS heeft
       FROM huishouden h ORDER BY h.id`,
  );
  const met = r.rows.find((x) => x.heeft);
  const zonder = r.rows.find((x) => !x.heeft);
  // With exception rules a recovery may be held for a zienswijze instead of booked.
  if (metUitzonderingen) return { metVordering: met?.bsn ?? '', zonderVordering: zonder?.bsn ?? '' };
  if (!met || !zonder) throw new Error('rekenJaarAf: geen huishouden met en zonder terugvordering');
  return { metVordering: met.bsn, zonderVordering: zonder.bsn };
}
