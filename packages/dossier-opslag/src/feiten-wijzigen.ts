/**
 * @module
 * Recording new facts and superseding old ones for one household, in the caller's transaction,
 * never after the moment of writing.
 */
import type { Sql } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';
import { Conflict } from '@regelmaat/kernel';

/**
 * A fact would be recorded after the moment it is written, or a fact recorded after that moment
 * would be superseded (issue 10, item 13). Nothing is ever recorded in the future: this is a plain
 * refusal (409 `feit-na-nu`, a kernel `Conflict`), never a failing database CHECK (a 500). `detail`
 * says which moment, for a log or a test; the message is for the person.
 */
export class FeitNaSchrijfmoment extends Conflict {
  override readonly name = 'FeitNaSchrijfmoment';
  constructor(readonly detail: string) {
    super(
      'feit-na-nu',
      'Een gegeven dat u wilt wijzigen, staat bij ons met een datum die nog moet komen. Daarom kunnen wij het nu niet wijzigen. Neem contact met ons op.',
    );
  }
}

/**
 * Records new facts and marks superseded ones (`vervallen_op`), in the caller's transaction. Facts
 * are never updated otherwise and never deleted: the dossier as known before stays reproducible.
 * `op` is the writing moment: a new fact recorded after it, or a superseded fact recorded after it,
 * is refused with `FeitNaSchrijfmoment` before anything is written.
 */
export async function wijzigFeiten(
  sql: Sql,
  huishoudenId: number,
  nieuw: readonly Feit[],
  vervallen: readonly number[],
  op: string,
): Promise<void> {
  const moment = Date.parse(op);
  if (Number.isNaN(moment)) throw new RangeError(`geen tijdstip: ${op}`);
  if (nieuw.some((f) => !(Date.parse(f.geregistreerdOp) <= moment)))
    throw new FeitNaSchrijfmoment(`een nieuw feit is geregistreerd na het moment van schrijven (${op})`);
  if (vervallen.length > 0) {
    const later = await sql.query(
      'SELECT 1 FROM feit WHERE huishouden_id = $1 AND id = ANY($2::bigint[]) AND geregistreerd_op > $3 LIMIT 1',
      [huishoudenId, vervallen, op],
    );
    if (later.rows.length > 0)
      throw new FeitNaSchrijfmoment(
        `een te vervangen feit is geregistreerd na het moment van schrijven (${op})`,
      );
  }
  if (vervallen.length > 0) {
    const r = await sql.query(
      'UPDATE feit SET vervallen_op = $3 WHERE huishouden_id = $1 AND id = ANY($2::bigint[]) AND vervallen_op IS NULL',
      [huishoudenId, vervallen, op],
    );
    if (r.affectedRows !== vervallen.length)
      throw new Error('een te vervangen feit is al vervallen of bestaat niet');
  }
  for (const f of nieuw) {
    await sql.query(
      `INSERT INTO feit (huishouden_id, soort, persoon_bsn, waarde, geldig_vanaf, geldig_tot, bron, geregistreerd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        huishoudenId,
        f.soort,
        f.persoonBsn ?? null,
        JSON.stringify(f.waarde),
        f.geldigVanaf ?? null,
        f.geldigTot ?? null,
        f.bron,
        f.geregistreerdOp,
      ],
    );
  }
}
