/**
 * @module
 * The persons of households, for the processing log of lists and cases (which carry a household id
 * but no built dossier).
 */
import type { Sql } from '@regelmaat/db';

/**
 * Every person of these households as their current facts know them (aanvrager, toeslagpartner,
 * children, medebewoners), plus each household's applicant: one query, sorted.
 */
export async function personenVanHuishoudens(sql: Sql, huishoudenIds: readonly number[]): Promise<string[]> {
  const ids = [...new Set(huishoudenIds.map(Number))];
  if (ids.length === 0) return [];
  const r = await sql.query<{ bsn: string }>(
    `SELECT bsn_aanvrager AS bsn FROM huishouden WHERE id = ANY($1::bigint[])
     UNION
     SELECT persoon_bsn AS bsn FROM feit
      WHERE huishouden_id = ANY($1::bigint[]) AND soort = 'persoon' AND vervallen_op IS NULL
        AND persoon_bsn IS NOT NULL`,
    [ids],
  );
  return r.rows.map((x) => x.bsn).sort();
}

/** The persons of each of these households (as `personenVanHuishoudens`), per household: one query. */
export async function personenPerHuishouden(
  sql: Sql,
  huishoudenIds: readonly number[],
): Promise<Map<number, string[]>> {
  const uit = new Map<number, string[]>();
  const ids = [...new Set(huishoudenIds.map(Number))];
  for (const id of ids) uit.set(id, []);
  if (ids.length === 0) return uit;
  const r = await sql.query<{ id: string; bsn: string }>(
    `SELECT id, bsn_aanvrager AS bsn FROM huishouden WHERE id = ANY($1::bigint[])
     UNION
     SELECT huishouden_id AS id, persoon_bsn AS bsn FROM feit
      WHERE huishouden_id = ANY($1::bigint[]) AND soort = 'persoon' AND vervallen_op IS NULL
        AND persoon_bsn IS NOT NULL`,
    [ids],
  );
  for (const x of r.rows) uit.get(Number(x.id))!.push(x.bsn);
  for (const l of uit.values()) l.sort();
  return uit;
}
