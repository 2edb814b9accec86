/**
 * @module
 * A definitive decision's settlement as it was stored with it (the view `vereffening`, migration
 * 011): what was advanced, the outcome, what is paid and what is recovered (Awir art. 24, 26, 26a).
 */
import type { Sql } from '@regelmaat/db';
import type { VereffeningUitkomst } from './vereffening';

export interface OpgeslagenVereffening {
  voorschotTotaal: number;
  uitkomst: VereffeningUitkomst;
  /** The back-payment (eurocents). */
  teBetalen: number;
  /** The recovery actually set (eurocents): 0 at or below the doelmatigheidsgrens. */
  terugTeVorderen: number;
}

/** The settlement of definitive decision `beschikkingId`, or undefined when it has none. */
export async function vereffeningVan(
  sql: Sql,
  beschikkingId: number,
): Promise<OpgeslagenVereffening | undefined> {
  const r = await sql.query<{
    voorschot_totaal: number;
    uitkomst: VereffeningUitkomst;
    te_betalen: number;
    terug_te_vorderen: number;
  }>(
    'SELECT voorschot_totaal, uitkomst, te_betalen, terug_te_vorderen FROM vereffening WHERE beschikking_id = $1',
    [beschikkingId],
  );
  const v = r.rows[0];
  return v
    ? {
        voorschotTotaal: v.voorschot_totaal,
        uitkomst: v.uitkomst,
        teBetalen: v.te_betalen,
        terugTeVorderen: v.terug_te_vorderen,
      }
    : undefined;
}
