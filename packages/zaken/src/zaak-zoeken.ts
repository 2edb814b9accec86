/**
 * @module
 * Small lookups of cases by what the services know: the households of cases, the household of a
 * maatwerk decision, an open case of a kind, and the maatwerk decisions waiting for approval.
 */
import type { Sql } from '@regelmaat/db';
import type { ZaakSoort } from './typen';

/** The households of these cases (ids of cases that do not exist are left out). */
export async function huishoudensVanZaken(sql: Sql, zaakIds: readonly number[]): Promise<number[]> {
  const ids = [...new Set(zaakIds.map(Number))];
  if (ids.length === 0) return [];
  const r = await sql.query<{ huishouden_id: string | number }>(
    'SELECT DISTINCT huishouden_id FROM zaak WHERE id = ANY($1::bigint[])',
    [ids],
  );
  return r.rows.map((x) => Number(x.huishouden_id));
}

/** The household of a maatwerk decision's case (none when the decision does not exist). */
export async function huishoudensVanBesluit(sql: Sql, besluitId: number): Promise<number[]> {
  const r = await sql.query<{ h: string | number }>(
    'SELECT z.huishouden_id AS h FROM maatwerkbesluit b JOIN zaak z ON z.id = b.zaak_id WHERE b.id = $1',
    [besluitId],
  );
  return r.rows.map((x) => Number(x.h));
}

/** The oldest case of this kind for a household and year that is not finished, if any. */
export async function openZaakVan(
  sql: Sql,
  huishoudenId: number,
  soort: ZaakSoort,
  jaar: number,
): Promise<number | undefined> {
  const r = await sql.query<{ id: string }>(
    `SELECT id FROM zaak WHERE huishouden_id = $1 AND soort = $2 AND jaar = $3
        AND status <> 'afgerond' ORDER BY id LIMIT 1`,
    [huishoudenId, soort, jaar],
  );
  return r.rows[0] ? Number(r.rows[0].id) : undefined;
}

/** Whether the household has an open case (not `afgerond`) of one of these kinds. */
export async function heeftOpenZaak(
  sql: Sql,
  huishoudenId: number,
  soorten: readonly ZaakSoort[],
): Promise<boolean> {
  const r = await sql.query(
    `SELECT 1 FROM zaak WHERE huishouden_id = $1 AND soort = ANY($2::text[]) AND status <> 'afgerond' LIMIT 1`,
    [huishoudenId, [...soorten]],
  );
  return r.rows.length > 0;
}

/**
 * The ids of maatwerk decisions waiting for approval, of one team's cases (`null`: every team),
 * oldest first, at most 200.
 */
export async function besluitenTerGoedkeuring(sql: Sql, team: string | null): Promise<number[]> {
  const r = await sql.query<{ id: string | number }>(
    `SELECT b.id FROM maatwerkbesluit b JOIN zaak z ON z.id = b.zaak_id
      WHERE b.status = 'wacht-op-goedkeuring' AND ($1::text IS NULL OR z.team = $1)
      ORDER BY b.id LIMIT 200`,
    [team],
  );
  return r.rows.map((x) => Number(x.id));
}
