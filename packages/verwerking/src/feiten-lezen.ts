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
  geregistreerd_op: string;
  vervallen_op: string | null;
}

export const ISO = (kolom: string) => `to_char(${kolom} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Facts of households van ≤ id < tot, grouped per household id (in id order). */
export async function leesFeiten(sql: Sql, van: number, tot: number): Promise<Map<number, Feit[]>> {
  const r = await sql.query<FeitRij>(
    `SELECT huishouden_id, soort, persoon_bsn, waarde, geldig_vanaf::text AS geldig_vanaf, geldig_tot::text AS geldig_tot,
            bron, ${ISO('geregistreerd_op')} AS geregistreerd_op, ${ISO('vervallen_op')} AS vervallen_op
       FROM feit WHERE huishouden_id >= $1 AND huishouden_id < $2 ORDER BY huishouden_id, id`,
    [van, tot],
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
      geregistreerdOp: rij.geregistreerd_op,
      ...(rij.persoon_bsn ? { persoonBsn: rij.persoon_bsn } : {}),
      ...(rij.geldig_vanaf ? { geldigVanaf: rij.geldig_vanaf } : {}),
      ...(rij.geldig_tot ? { geldigTot: rij.geldig_tot } : {}),
      ...(rij.vervallen_op ? { vervallenOp: rij.vervallen_op } : {}),
    } as Feit);
  }
  return uit;
}
