/**
 * @module
 * A held definitive decision (`aangehouden`: a blocking case of its household was open when the
 * run made it, `@regelmaat/zaken` blokkerend.ts) is made once the last blocking case is closed: its
 * status becomes `vastgesteld`, with the amounts and settlement the run computed. What follows from
 * the settlement (a back-payment, a recovery) is booked by the caller (`@regelmaat/invordering`).
 */
import type { Sql } from '@regelmaat/db';

export interface VrijgegevenBeschikking {
  id: number;
  /** The run that made it; null for a version written outside a run (a maatwerk decision). */
  runId: number | null;
  regeling: string;
  jaar: number;
}

/** Makes every held definitive decision of the household; returns them (none: nothing was held). */
export async function stelAangehoudenVast(sql: Sql, huishoudenId: number): Promise<VrijgegevenBeschikking[]> {
  const r = await sql.query<{
    id: string | number;
    run_id: string | number | null;
    regeling: string;
    jaar: number;
  }>(
    `UPDATE beschikking SET status = 'vastgesteld'
      WHERE huishouden_id = $1 AND soort = 'definitief' AND status = 'aangehouden'
      RETURNING id, run_id, regeling, jaar`,
    [huishoudenId],
  );
  return r.rows.map((b) => ({
    id: Number(b.id),
    runId: b.run_id === null ? null : Number(b.run_id),
    regeling: b.regeling,
    jaar: b.jaar,
  }));
}

/** The household's held definitive decisions (ids), without changing them. */
export async function aangehoudenBeschikkingen(sql: Sql, huishoudenId: number): Promise<number[]> {
  const r = await sql.query<{ id: string | number }>(
    `SELECT id FROM beschikking WHERE huishouden_id = $1 AND soort = 'definitief' AND status = 'aangehouden'
      ORDER BY id`,
    [huishoudenId],
  );
  return r.rows.map((b) => Number(b.id));
}

/**
 * Holds a definitive decision version just written outside a run (a maatwerk decision) because a
 * blocking case of its household is open: it is made with the others when the last one is closed.
 */
export async function houdAan(sql: Sql, beschikkingId: number): Promise<void> {
  await sql.query(
    `UPDATE beschikking SET status = 'aangehouden' WHERE id = $1 AND soort = 'definitief' AND status = 'vastgesteld'`,
    [beschikkingId],
  );
}

/**
 * Makes one held definitive version (a maatwerk decision held while the hearing case it belongs to
 * was open): the decision the case's outcome rests on. Returns whether it was held.
 */
export async function stelEenAangehoudenVast(sql: Sql, beschikkingId: number): Promise<boolean> {
  const r = await sql.query(
    `UPDATE beschikking SET status = 'vastgesteld' WHERE id = $1 AND soort = 'definitief' AND status = 'aangehouden'`,
    [beschikkingId],
  );
  return r.affectedRows > 0;
}
