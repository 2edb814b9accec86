/**
 * @module
 * A payment plan that lapsed (table `regeling_verval`, migration 042): one row per plan, with the
 * lapse letter as data, written by the monthly invordering run (the rule is the pure `vervalVoor`).
 * Append-only; the database refuses a lapse for a household with a personal guide. The guide's task
 * for a plan that is behind is a contact moment with `aanleiding` 'regeling-achter', once per plan
 * and month (unique key).
 */
import { ISO, type Sql } from '@regelmaat/db';

export interface VervalBrief {
  regeling: string;
  jaar: number;
  /** What the reminder asked to be paid since the plan was agreed, and what was missing of it (eurocents). */
  verschuldigd: number;
  gemist: number;
  /** The last day the reminder gave (YYYY-MM-DD). */
  herinneringTermijn: string;
  /** The whole balance now due (eurocents) and the day to pay it by (YYYY-MM-DD). */
  saldo: number;
  betalenUiterlijk: string;
}

export interface RegelingVerval {
  id: number;
  regelingId: number;
  vorderingId: number;
  maand: string;
  brief: VervalBrief;
  vervallenOp: string;
}

/** Records the lapse; false when the plan had lapsed already (a rerun). */
export async function schrijfVerval(
  sql: Sql,
  v: {
    regelingId: number;
    vorderingId: number;
    huishoudenId: number;
    runId: number;
    maand: string;
    brief: VervalBrief;
    op: string;
  },
): Promise<boolean> {
  const r = await sql.query(
    `INSERT INTO regeling_verval (regeling_id, vordering_id, huishouden_id, run_id, maand, brief, vervallen_op)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) ON CONFLICT (regeling_id) DO NOTHING RETURNING id`,
    [v.regelingId, v.vorderingId, v.huishoudenId, v.runId, v.maand, JSON.stringify(v.brief), v.op],
  );
  return r.rows.length > 0;
}

/** The lapse of a recovery's plan, or undefined. */
export async function vervalVan(sql: Sql, vorderingId: number): Promise<RegelingVerval | undefined> {
  const r = await sql.query<{
    id: string;
    regeling_id: string;
    vordering_id: string;
    maand: string;
    brief: VervalBrief | string;
    vervallen_op: string;
  }>(
    `SELECT id, regeling_id, vordering_id, maand, brief, ${ISO('vervallen_op')} AS vervallen_op
       FROM regeling_verval WHERE vordering_id = $1`,
    [vorderingId],
  );
  const x = r.rows[0];
  if (!x) return undefined;
  return {
    id: Number(x.id),
    regelingId: Number(x.regeling_id),
    vorderingId: Number(x.vordering_id),
    maand: x.maand,
    brief: typeof x.brief === 'string' ? (JSON.parse(x.brief) as VervalBrief) : x.brief,
    vervallenOp: x.vervallen_op,
  };
}

/** Plans a contact moment for the guide about a plan that is behind; false when planned already. */
export async function planTaakBegeleider(
  sql: Sql,
  t: { begeleidingId: number; regelingId: number; maand: string; geplandOp: string },
): Promise<boolean> {
  const r = await sql.query(
    `INSERT INTO contactmoment (begeleiding_id, gepland_op, aanleiding, sleutel)
     VALUES ($1, $2, 'regeling-achter', $3) ON CONFLICT (sleutel) WHERE sleutel IS NOT NULL DO NOTHING RETURNING id`,
    [t.begeleidingId, t.geplandOp, `regeling-achter:${t.regelingId}:${t.maand}`],
  );
  return r.rows.length > 0;
}
