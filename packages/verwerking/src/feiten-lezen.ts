/**
 * @module
 * Reads dossier facts for a range of households in one query. Dates and timestamps come back as
 * text (UTC ISO), never as JS Dates, so nothing depends on the process's time zone.
 */
import type { Sql } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';

interface FeitRij {
  huishouden_id: string | number;
  soort: Feit['soort'];
  persoon_bsn: string | null;
  waarde: unknown;
  geldig_vanaf: string | null;
  geldig_tot: string | null;
  bron: Feit['bron'];
  geregistreerd_op: number;
  vervallen_op: number | null;
}

export const ISO = (kolom: string) => `to_char(${kolom} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** Milliseconds since 1970 (UTC): far cheaper for the database than formatting text per row. */
const MS = (kolom: string) => `(extract(epoch FROM ${kolom}) * 1000)::float8`;

/**
 * Facts of households van ≤ id < tot, grouped per household id (in id order). With `bekendOp`,
 * only the facts known at that moment (filtered by the database).
 */
export async function leesFeiten(
  sql: Sql,
  van: number,
  tot: number,
  bekendOp?: string,
): Promise<Map<number, Feit[]>> {
  const r = await sql.query<FeitRij>(
    `SELECT huishouden_id, soort, persoon_bsn, waarde, geldig_vanaf::text AS geldig_vanaf, geldig_tot::text AS geldig_tot,
            bron, ${MS('geregistreerd_op')} AS geregistreerd_op, ${MS('vervallen_op')} AS vervallen_op
       FROM feit WHERE huishouden_id >= $1 AND huishouden_id < $2
        ${bekendOp ? 'AND geregistreerd_op <= $3 AND (vervallen_op IS NULL OR vervallen_op > $3)' : ''}
      ORDER BY huishouden_id, id`,
    bekendOp ? [van, tot, bekendOp] : [van, tot],
  );
  const uit = new Map<number, Feit[]>();
  for (const rij of r.rows) {
    const id = Number(rij.huishouden_id);
    let lijst = uit.get(id);
    if (!lijst) {
      lijst = [];
      uit.set(id, lijst);
    }
    lijst.push({
      soort: rij.soort,
      waarde: (typeof rij.waarde === 'string' ? JSON.parse(rij.waarde) : rij.waarde) as Feit['waarde'],
      bron: rij.bron,
      geregistreerdOp: new Date(rij.geregistreerd_op).toISOString(),
      ...(rij.persoon_bsn ? { persoonBsn: rij.persoon_bsn } : {}),
      ...(rij.geldig_vanaf ? { geldigVanaf: rij.geldig_vanaf } : {}),
      ...(rij.geldig_tot ? { geldigTot: rij.geldig_tot } : {}),
      ...(rij.vervallen_op !== null ? { vervallenOp: new Date(rij.vervallen_op).toISOString() } : {}),
    } as Feit);
  }
  return uit;
}
