/**
 * @module
 * The advance payments already made to a household (table `betaling`, written by the payment runs).
 */
import type { Sql } from '@regelmaat/db';
import type { RegelingId } from '@regelmaat/law';

/** Payments made per toeslag and month (eurocents; null = not paid yet). */
export async function betalingenVan(
  sql: Sql,
  huishoudenId: number,
  jaar: number,
): Promise<Map<RegelingId, (number | null)[]>> {
  const r = await sql.query<{ regeling: RegelingId; maand: number; bedrag: number }>(
    'SELECT regeling, maand, bedrag FROM betaling WHERE huishouden_id = $1 AND jaar = $2',
    [huishoudenId, jaar],
  );
  const uit = new Map<RegelingId, (number | null)[]>();
  for (const b of r.rows) {
    let m = uit.get(b.regeling);
    if (!m) {
      m = new Array<number | null>(12).fill(null);
      uit.set(b.regeling, m);
    }
    m[b.maand - 1] = b.bedrag;
  }
  return uit;
}
