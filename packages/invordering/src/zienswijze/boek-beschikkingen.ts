/**
 * @module
 * What the decisions that go out after a zienswijze lead to (as `boekVereffeningen` does for a run,
 * by decision id instead of by run): a back-payment paid (Awir art. 24 lid 1), a recovery above the
 * doelmatigheidsgrens (art. 26, 26a) with its last day to pay (art. 28 lid 1: six weeks after the
 * dagtekening) and its first ledger entry. Only definitive decisions with status `vastgesteld`;
 * booking a decision twice writes nothing new.
 */
import type { Sql } from '@regelmaat/db';
import type { GeboekteVereffeningen } from '../boek-vereffeningen';

export async function boekBeschikkingen(sql: Sql, ids: readonly number[]): Promise<GeboekteVereffeningen> {
  if (ids.length === 0) return { nabetalingen: 0, vorderingen: 0 };
  const args = [ids];
  const na = await sql.query(
    `INSERT INTO nabetaling (beschikking_id, huishouden_id, regeling, jaar, bedrag, betaald_op, geboekt_op)
     SELECT b.id, b.huishouden_id, b.regeling, b.jaar, b.vereffening_te_betalen,
            (now() AT TIME ZONE 'UTC')::date, now()
       FROM beschikking b
      WHERE b.id = ANY($1::bigint[]) AND b.soort = 'definitief'
        AND b.status = 'vastgesteld' AND b.vereffening_uitkomst = 'nabetaling'
     ON CONFLICT (beschikking_id) DO NOTHING`,
    args,
  );
  const vo = await sql.query(
    `WITH nieuw AS (
       INSERT INTO vordering (beschikking_id, huishouden_id, regeling, jaar, bedrag, dagtekening,
                              betalen_uiterlijk, ontstaan_op)
       SELECT b.id, b.huishouden_id, b.regeling, b.jaar, b.vereffening_terug_te_vorderen,
              (b.aangemaakt_op AT TIME ZONE 'UTC')::date, (b.aangemaakt_op AT TIME ZONE 'UTC')::date + 42,
              now()
         FROM beschikking b
        WHERE b.id = ANY($1::bigint[]) AND b.soort = 'definitief'
          AND b.status = 'vastgesteld' AND b.vereffening_uitkomst = 'terugvordering'
       ON CONFLICT (beschikking_id) DO NOTHING
       RETURNING id, huishouden_id, bedrag, dagtekening)
     INSERT INTO boeking (vordering_id, huishouden_id, soort, bedrag, datum, geboekt_op, omschrijving)
     SELECT id, huishouden_id, 'vordering', bedrag, dagtekening, now(), 'Terugvordering na de zienswijze'
       FROM nieuw`,
    args,
  );
  return { nabetalingen: na.affectedRows, vorderingen: vo.affectedRows };
}
