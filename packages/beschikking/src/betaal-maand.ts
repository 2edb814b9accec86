/**
 * @module
 * The monthly payment of a batch run: month M's instalment of the newest advance decision of each
 * household and toeslag (set-based SQL), once per household, toeslag and month.
 */
import type { Sql } from '@regelmaat/db';

/**
 * Pays month `maand` of year `jaar` for the households vanId ≤ id < totId, in the caller's
 * transaction; a month already paid stays as it was. Returns the number of payments written.
 */
export async function betaalMaand(
  sql: Sql,
  o: { runId: number; jaar: number; maand: number; vanId: number; totId: number },
): Promise<number> {
  const r = await sql.query(
    `INSERT INTO betaling (run_id, huishouden_id, regeling, jaar, maand, beschikking_id, bedrag)
     SELECT $1, b.huishouden_id, b.regeling, b.jaar, $3, b.id, b.maandbedragen[$3]
       FROM (SELECT DISTINCT ON (huishouden_id, regeling) * FROM beschikking
              WHERE jaar = $2 AND soort = 'voorschot' AND status = 'vastgesteld' AND huishouden_id >= $4 AND huishouden_id < $5
              ORDER BY huishouden_id, regeling, id DESC) b
      WHERE b.maandbedragen[$3] > 0
     ON CONFLICT (huishouden_id, regeling, jaar, maand) DO NOTHING`,
    [o.runId, o.jaar, o.maand, o.vanId, o.totId],
  );
  return r.affectedRows;
}
