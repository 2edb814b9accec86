/**
 * @module
 * Finding a person's household by BSN, through their one row in `huishouden_lid`.
 */
import type { Sql } from '@regelmaat/db';

/**
 * The household a person (applicant, partner, child or co-resident) belongs to, by BSN: their one
 * row in `huishouden_lid` (migration 014; the primary key allows one household per person). Facts a
 * citizen declares about someone else never make that person a member, so this lookup cannot be
 * redirected by a claim.
 */
export async function zoekHuishouden(sql: Sql, bsn: string): Promise<number | undefined> {
  const r = await sql.query<{ id: string }>(
    'SELECT huishouden_id AS id FROM huishouden_lid WHERE persoon_bsn = $1',
    [bsn],
  );
  return r.rows[0] ? Number(r.rows[0].id) : undefined;
}

/** The households of many persons at once (one query), by BSN; a BSN no household knows is absent. */
export async function zoekHuishoudens(sql: Sql, bsns: readonly string[]): Promise<Map<string, number>> {
  const uit = new Map<string, number>();
  if (bsns.length === 0) return uit;
  const r = await sql.query<{ bsn: string; id: string }>(
    'SELECT persoon_bsn AS bsn, huishouden_id AS id FROM huishouden_lid WHERE persoon_bsn = ANY($1::text[])',
    [[...new Set(bsns)]],
  );
  for (const x of r.rows) uit.set(x.bsn, Number(x.id));
  return uit;
}
