/**
 * @module
 * The household row itself: locking it for the rest of a transaction, and its applicant.
 */
import type { Sql } from '@regelmaat/db';

/**
 * Locks the household's row until the caller's transaction ends: two changes at once must not both
 * build on the same old decisions.
 */
export async function vergrendelHuishouden(sql: Sql, huishoudenId: number): Promise<void> {
  await sql.query('SELECT id FROM huishouden WHERE id = $1 FOR UPDATE', [huishoudenId]);
}

/** The BSN of the household's applicant; undefined when the household does not exist. */
export async function bsnAanvragerVan(sql: Sql, huishoudenId: number): Promise<string | undefined> {
  const r = await sql.query<{ bsn_aanvrager: string }>('SELECT bsn_aanvrager FROM huishouden WHERE id = $1', [
    huishoudenId,
  ]);
  return r.rows[0]?.bsn_aanvrager;
}
