/**
 * @module
 * The zienswijze letters of one partition of a definitive run, as data (Awir art. 26b): for every
 * hearing case (`hoorzitting-terugvordering`) the run opened, one `zienswijze` row with the
 * calculation per toeslag of the held decisions and the last day to respond. One statement,
 * set-based, in the partition's transaction, after its cases; a redone partition writes nothing new.
 * No rendering: the letter is built from this data when someone opens it.
 */
import type { Sql } from '@regelmaat/db';
import { ZIENSWIJZE_SJABLOON, ZIENSWIJZE_TERMIJN } from './parameters';

export async function schrijfZienswijzen(
  sql: Sql,
  o: { runId: number; vanId: number; totId: number },
): Promise<number> {
  const r = await sql.query(
    `INSERT INTO zienswijze (zaak_id, huishouden_id, jaar, terug_te_vorderen, sjabloon_id, sjabloon_versie,
                             briefdatum, reageren_uiterlijk, berekening, vastgelegd_op)
     SELECT z.id, z.huishouden_id, min(b.jaar), sum(coalesce(b.vereffening_terug_te_vorderen, 0)), $4, $5,
            (min(b.aangemaakt_op) AT TIME ZONE 'UTC')::date, (min(b.aangemaakt_op) AT TIME ZONE 'UTC')::date + $6::int,
            jsonb_agg(jsonb_build_object(
              'regeling', b.regeling, 'beschikkingId', b.id, 'voorschot', coalesce(b.vereffening_voorschot_totaal, 0),
              'jaarbedrag', b.jaarbedrag, 'terug', coalesce(b.vereffening_terug_te_vorderen, 0),
              'nabetaling', coalesce(b.vereffening_te_betalen, 0)) ORDER BY b.regeling),
            now()
       FROM zaak z
       JOIN beschikking b ON b.run_id = z.run_id AND b.huishouden_id = z.huishouden_id
                         AND b.status = 'aangehouden' AND b.soort = 'definitief'
      WHERE z.run_id = $1 AND z.huishouden_id >= $2 AND z.huishouden_id < $3
        AND z.soort = 'hoorzitting-terugvordering'
      GROUP BY z.id, z.huishouden_id
     HAVING sum(coalesce(b.vereffening_terug_te_vorderen, 0)) > 0
     ON CONFLICT (zaak_id) DO NOTHING`,
    [o.runId, o.vanId, o.totId, ZIENSWIJZE_SJABLOON.id, ZIENSWIJZE_SJABLOON.versie, ZIENSWIJZE_TERMIJN.dagen],
  );
  return r.affectedRows;
}
