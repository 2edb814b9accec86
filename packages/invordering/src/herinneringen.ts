/**
 * @module
 * Reminders (herinnering, aanmaning Awir art. 32) as letters kept as data (simulated: nothing is
 * posted), at most one per recovery per month (unique key), append-only. The database also refuses
 * an aanmaning for a household with a personal guide (migration 037).
 */
import { ISO, type Sql } from '@regelmaat/db';
import type { HerinneringSoort } from './regeling';

export interface HerinneringBrief {
  reden: 'termijn-regeling-gemist' | 'niet-betaald';
  regeling: string;
  jaar: number;
  /** What is open on the letter's day (eurocents). */
  saldo: number;
  /** Missed on the plan (eurocents), for a plan that is behind. */
  achterstand?: number;
  /**
   * For a plan that is behind: what should have been paid since it was agreed (eurocents); when this
   * is still not paid after `nieuweTermijn` the plan lapses (migration 042; absent in older letters).
   */
  verschuldigd?: number;
  betalenUiterlijk: string;
  /** The new last day to pay the letter names (two weeks after it, Awir art. 32). */
  nieuweTermijn: string;
}

export interface Herinnering {
  id: number;
  vorderingId: number;
  maand: string;
  soort: HerinneringSoort;
  brief: HerinneringBrief;
  verstuurdOp: string;
}

export async function schrijfHerinnering(
  sql: Sql,
  h: {
    vorderingId: number;
    huishoudenId: number;
    runId: number;
    maand: string;
    soort: HerinneringSoort;
    brief: HerinneringBrief;
    op: string;
  },
): Promise<boolean> {
  const r = await sql.query(
    `INSERT INTO herinnering (vordering_id, huishouden_id, run_id, maand, soort, brief, verstuurd_op)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) ON CONFLICT (vordering_id, maand) DO NOTHING RETURNING id`,
    [h.vorderingId, h.huishoudenId, h.runId, h.maand, h.soort, JSON.stringify(h.brief), h.op],
  );
  return r.rows.length > 0;
}

/** The reminders of a recovery, oldest first. */
export async function herinneringenVan(sql: Sql, vorderingId: number): Promise<Herinnering[]> {
  const r = await sql.query<{
    id: string;
    vordering_id: string;
    maand: string;
    soort: HerinneringSoort;
    brief: HerinneringBrief | string;
    verstuurd_op: string;
  }>(
    `SELECT id, vordering_id, maand, soort, brief, ${ISO('verstuurd_op')} AS verstuurd_op
       FROM herinnering WHERE vordering_id = $1 ORDER BY maand, id`,
    [vorderingId],
  );
  return r.rows.map((x) => ({
    id: Number(x.id),
    vorderingId: Number(x.vordering_id),
    maand: x.maand,
    soort: x.soort,
    brief: typeof x.brief === 'string' ? (JSON.parse(x.brief) as HerinneringBrief) : x.brief,
    verstuurdOp: x.verstuurd_op,
  }));
}
