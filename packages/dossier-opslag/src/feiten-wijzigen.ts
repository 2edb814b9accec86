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

/** One household's part of `wijzigFeitenVan`. */
export interface FeitWijziging {
  huishoudenId: number;
  nieuw: readonly Feit[];
  vervallen: readonly number[];
}

/**
 * `wijzigFeiten` for many households at once, set-based (three statements whatever their number),
 * with the same refusals: nothing recorded or superseded after `op` (`FeitNaSchrijfmoment`, before
 * anything is written), and every fact to supersede must still be in force.
 */
export async function wijzigFeitenVan(
  sql: Sql,
  wijzigingen: readonly FeitWijziging[],
  op: string,
): Promise<void> {
  const moment = Date.parse(op);
  if (Number.isNaN(moment)) throw new RangeError(`geen tijdstip: ${op}`);
  const nieuw = wijzigingen.flatMap((w) => w.nieuw.map((f) => ({ h: w.huishoudenId, f })));
  if (nieuw.some(({ f }) => !(Date.parse(f.geregistreerdOp) <= moment)))
    throw new FeitNaSchrijfmoment(`een nieuw feit is geregistreerd na het moment van schrijven (${op})`);
  const vervallen = wijzigingen.flatMap((w) => w.vervallen.map((id) => ({ h: w.huishoudenId, id })));
  if (vervallen.length > 0) {
    const later = await sql.query(
      `SELECT 1 FROM feit f JOIN unnest($1::bigint[], $2::bigint[]) AS s (h, id) ON f.huishouden_id = s.h AND f.id = s.id
        WHERE f.geregistreerd_op > $3 LIMIT 1`,
      [vervallen.map((x) => String(x.h)), vervallen.map((x) => String(x.id)), op],
    );
    if (later.rows.length > 0)
      throw new FeitNaSchrijfmoment(
        `een te vervangen feit is geregistreerd na het moment van schrijven (${op})`,
      );
    const r = await sql.query(
      `UPDATE feit f SET vervallen_op = $3 FROM unnest($1::bigint[], $2::bigint[]) AS s (h, id)
        WHERE f.huishouden_id = s.h AND f.id = s.id AND f.vervallen_op IS NULL`,
      [vervallen.map((x) => String(x.h)), vervallen.map((x) => String(x.id)), op],
    );
    if (r.affectedRows !== vervallen.length)
      throw new Error('een te vervangen feit is al vervallen of bestaat niet');
  }
  if (nieuw.length === 0) return;
  await sql.query(
    `INSERT INTO feit (huishouden_id, soort, persoon_bsn, waarde, geldig_vanaf, geldig_tot, bron, geregistreerd_op)
     SELECT s.h, s.soort, s.bsn, s.waarde::json, s.vanaf, s.tot, s.bron, s.op
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::text[],
                   $8::timestamptz[]) WITH ORDINALITY AS s (h, soort, bsn, waarde, vanaf, tot, bron, op, n)
      ORDER BY s.n`,
    [
      nieuw.map((x) => String(x.h)),
      nieuw.map((x) => x.f.soort),
      nieuw.map((x) => x.f.persoonBsn ?? null),
      nieuw.map((x) => JSON.stringify(x.f.waarde)),
      nieuw.map((x) => x.f.geldigVanaf ?? null),
      nieuw.map((x) => x.f.geldigTot ?? null),
      nieuw.map((x) => x.f.bron),
      nieuw.map((x) => x.f.geregistreerdOp),
    ],
  );
}
