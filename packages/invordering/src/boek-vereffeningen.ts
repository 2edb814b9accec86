/**
 * @module
 * What a definitive run's settlements lead to, written set-based in the partition's transaction from
 * the decisions the partition just wrote (one statement each, no row per household in JavaScript):
 * - a back-payment (nabetaling, Awir art. 24 lid 1) is paid: one `nabetaling` row dated the day it
 *   is recorded (payments are simulated; that day is within four weeks after the dagtekening);
 * - a recovery above the doelmatigheidsgrens (art. 26, 26a) becomes a `vordering` with its last day
 *   to pay (art. 28 lid 1: six weeks after the dagtekening) and its first ledger entry.
 * Only decisions with status `vastgesteld`: a decision held for a zienswijze (art. 26b, a recovery of
 * € 1,500 or more) is not yet a recovery. Reads `beschikking` (owned by @regelmaat/beschikking) in
 * the same statement that writes: one query is the point (a decision and what follows are one act).
 * Running it again for the same decisions writes nothing new. The moment of recording is the
 * transaction's (`now()`), the same moment the run's decisions in that transaction carry.
 */
import type { Sql } from '@regelmaat/db';

export interface VereffeningenBoeken {
  runId: number;
  /** The partition's households: vanId ≤ id < totId. */
  vanId: number;
  totId: number;
}

export interface GeboekteVereffeningen {
  nabetalingen: number;
  vorderingen: number;
}

export async function boekVereffeningen(sql: Sql, o: VereffeningenBoeken): Promise<GeboekteVereffeningen> {
  return boek(
    sql,
    'b.run_id = $1 AND b.huishouden_id >= $2 AND b.huishouden_id < $3',
    [o.runId, o.vanId, o.totId],
    'Terugvordering na de definitieve berekening',
  );
}

/**
 * The same for definitive decisions chosen by id (those that go out after a zienswijze, Awir art.
 * 26b), whatever run wrote them; anything else in `ids` is passed over.
 */
export async function boekBeschikkingen(sql: Sql, ids: readonly number[]): Promise<GeboekteVereffeningen> {
  if (ids.length === 0) return { nabetalingen: 0, vorderingen: 0 };
  return boek(
    sql,
    "b.id = ANY($1::bigint[]) AND b.soort = 'definitief'",
    [ids],
    'Terugvordering na de zienswijze',
  );
}

/** Books the decisions `waar` selects (a condition on `beschikking b` with `args`). */
async function boek(
  sql: Sql,
  waar: string,
  args: unknown[],
  omschrijving: string,
): Promise<GeboekteVereffeningen> {
  const na = await sql.query(
    `INSERT INTO nabetaling (beschikking_id, huishouden_id, regeling, jaar, bedrag, betaald_op, geboekt_op)
     SELECT b.id, b.huishouden_id, b.regeling, b.jaar, b.vereffening_te_betalen,
            (now() AT TIME ZONE 'UTC')::date, now()
       FROM beschikking b
      WHERE ${waar}
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
        WHERE ${waar}
          AND b.status = 'vastgesteld' AND b.vereffening_uitkomst = 'terugvordering'
       ON CONFLICT (beschikking_id) DO NOTHING
       RETURNING id, huishouden_id, bedrag, dagtekening)
     INSERT INTO boeking (vordering_id, huishouden_id, soort, bedrag, datum, geboekt_op, omschrijving)
     SELECT id, huishouden_id, 'vordering', bedrag, dagtekening, now(), $${args.length + 1}::text
       FROM nieuw`,
    [...args, omschrijving],
  );
  return { nabetalingen: na.affectedRows, vorderingen: vo.affectedRows };
}
