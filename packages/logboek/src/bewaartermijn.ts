/**
 * @module
 * Retention of the processing log (issue 19): each activity's records are kept for the register's
 * `bewaartermijn` (AVG art. 5 lid 1 onder e; art. 30 lid 1 onder f) and then removed by
 * `pasBewaartermijnenToe`, through the one path the database leaves open for it (migration 031:
 * `logboek_bewaartermijn_toepassen`, executable by the schema's owner only; every other delete is
 * still refused). Each application leaves a row in `logboek_opschoning`. The moment is passed in;
 * the limit is the start (UTC) of the same calendar day so many years (months, days) before, so two
 * runs on one day share a limit and the second removes and records nothing.
 */
import type { Db } from '@regelmaat/db';
import { ISO } from '@regelmaat/db';
import { ACTIVITEITEN } from './register';

export interface Opschoning {
  activiteit: string;
  bewaartermijn: string;
  /** Instant: records that ended before it are removed. */
  grens: string;
  verwijderd: number;
}

/**
 * The first instant still kept for a period like `P7Y`, `P1Y6M` or `P30D` at moment `nu`: the start
 * (UTC) of `nu`'s day, so many years and months back (the day kept within the month: 29 February
 * becomes 28 February), then so many days back.
 */
export function bewaargrens(bewaartermijn: string, nu: string): string {
  const m = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(bewaartermijn);
  const d = /^(\d{4})-(\d{2})-(\d{2})T/.exec(nu);
  if (!m || !d) throw new Error(`bewaargrens: ${bewaartermijn} of ${nu} heeft niet de verwachte vorm`);
  const maanden = Number(d[1]) * 12 + (Number(d[2]) - 1) - Number(m[1] ?? 0) * 12 - Number(m[2] ?? 0);
  const [j, mnd] = [Math.floor(maanden / 12), (maanden % 12) + 1];
  const dagenInMaand = new Date(Date.UTC(j, mnd, 0)).getUTCDate();
  const t = Date.UTC(j, mnd - 1, Math.min(Number(d[3]), dagenInMaand)) - Number(m[3] ?? 0) * 86_400_000;
  return new Date(t).toISOString();
}

/**
 * Applies every activity's retention period at moment `nu`, in one transaction on `eigenaar` (the
 * schema owner's connection: REGELMAAT_EIGENAAR_URL on PostgreSQL; on PGlite the one user).
 */
export async function pasBewaartermijnenToe(eigenaar: Db, nu: string): Promise<Opschoning[]> {
  return eigenaar.transaction(async (tx) => {
    const uit: Opschoning[] = [];
    for (const a of ACTIVITEITEN) {
      const grens = bewaargrens(a.bewaartermijn, nu);
      const r = await tx.query<{ n: string }>('SELECT logboek_bewaartermijn_toepassen($1, $2, $3, $4) AS n', [
        a.id,
        a.bewaartermijn,
        grens,
        nu,
      ]);
      uit.push({
        activiteit: a.id,
        bewaartermijn: a.bewaartermijn,
        grens,
        verwijderd: Number(r.rows[0]?.n ?? 0),
      });
    }
    return uit;
  });
}

export interface OpschoningRegel extends Opschoning {
  uitgevoerdOp: string;
}

/** The record of retention, newest first. */
export async function opschoningen(db: Db, limiet = 100): Promise<OpschoningRegel[]> {
  const r = await db.query<{
    processing_activity_id: string;
    bewaartermijn: string;
    grens: string;
    verwerkingen: string;
    uitgevoerd_op: string;
  }>(
    `SELECT processing_activity_id, bewaartermijn, ${ISO('grens')} AS grens, verwerkingen, ${ISO('uitgevoerd_op')} AS uitgevoerd_op
       FROM logboek_opschoning ORDER BY uitgevoerd_op DESC, id DESC LIMIT $1`,
    [Math.min(Math.max(Math.trunc(limiet), 1), 1000)],
  );
  return r.rows.map((x) => ({
    activiteit: x.processing_activity_id,
    bewaartermijn: x.bewaartermijn,
    grens: x.grens,
    verwijderd: Number(x.verwerkingen),
    uitgevoerdOp: x.uitgevoerd_op,
  }));
}
