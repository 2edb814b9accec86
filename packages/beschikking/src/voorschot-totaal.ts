/**
 * @module
 * What was advanced for a toeslag and year, as its definitive decision settled it (the view
 * `vereffening`, migration 011): a new definitive version is settled against the same advances
 * (Awir art. 24).
 */
import type { Sql } from '@regelmaat/db';

/** The advances a definitive decision was settled against (eurocents); 0 when it has no settlement. */
export async function voorschotTotaalVan(sql: Sql, beschikkingId: number): Promise<number> {
  const r = await sql.query<{ voorschot_totaal: number }>(
    'SELECT voorschot_totaal FROM vereffening WHERE beschikking_id = $1',
    [beschikkingId],
  );
  return r.rows[0]?.voorschot_totaal ?? 0;
}
