/**
 * @module
 * Reading stored letters: one with its data, or a household's as a list (without the data).
 */
import type { BriefGegevens } from '@regelmaat/brieven';
import type { Sql } from '@regelmaat/db';
import {
  alsBrief,
  alsKop,
  type BriefDbRij,
  type BriefKop,
  KOP_KOLOMMEN,
  type OpgeslagenBrief,
} from './brief-rij';

/** The letter of a decision, if it has been fixed. */
export async function leesBrief(sql: Sql, beschikkingId: number): Promise<OpgeslagenBrief | undefined> {
  const r = await sql.query<BriefDbRij & { gegevens: BriefGegevens }>(
    `SELECT ${KOP_KOLOMMEN}, gegevens FROM brief WHERE beschikking_id = $1`,
    [beschikkingId],
  );
  return r.rows[0] ? alsBrief(r.rows[0]) : undefined;
}

/** The fixed letters of a household, by decision id. */
export async function briefKoppenVan(sql: Sql, huishoudenId: number): Promise<Map<number, BriefKop>> {
  const r = await sql.query<BriefDbRij>(`SELECT ${KOP_KOLOMMEN} FROM brief WHERE huishouden_id = $1`, [
    huishoudenId,
  ]);
  return new Map(r.rows.map((x) => [Number(x.beschikking_id), alsKop(x)]));
}
