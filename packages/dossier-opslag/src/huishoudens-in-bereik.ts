/**
 * @module
 * A range of households (vanId ≤ id < totId, a batch run's partition): how many there are, and the
 * persons their facts name as known at a moment (for the processing log).
 */
import type { Sql } from '@regelmaat/db';

/** The number of households in the range. */
export async function aantalHuishoudens(sql: Sql, vanId: number, totId: number): Promise<number> {
  const r = await sql.query<{ n: string }>(
    'SELECT count(*) AS n FROM huishouden WHERE id >= $1 AND id < $2',
    [vanId, totId],
  );
  return Number(r.rows[0]!.n);
}

/** The ids of the next `aantal` households after id `naId`, ascending (a run's next partition). */
export async function huishoudensNa(sql: Sql, naId: number, aantal: number): Promise<number[]> {
  const r = await sql.query<{ id: string }>('SELECT id FROM huishouden WHERE id > $1 ORDER BY id LIMIT $2', [
    naId,
    aantal,
  ]);
  return r.rows.map((x) => Number(x.id));
}

/**
 * The BSNs the facts known at `bekendOp` name, once per household (one query, one string from the
 * database: a partition has thousands).
 */
export async function bekendePersonen(
  sql: Sql,
  vanId: number,
  totId: number,
  bekendOp: string,
): Promise<string[]> {
  const personen = await sql.query<{ bsns: string | null }>(
    `SELECT string_agg(b, ',') AS bsns FROM (
       SELECT DISTINCT huishouden_id, persoon_bsn AS b FROM feit
        WHERE huishouden_id >= $1 AND huishouden_id < $2 AND persoon_bsn IS NOT NULL
          AND geregistreerd_op <= $3 AND (vervallen_op IS NULL OR vervallen_op > $3)) p`,
    [vanId, totId, bekendOp],
  );
  const bsns = personen.rows[0]?.bsns;
  return bsns ? bsns.split(',') : [];
}
