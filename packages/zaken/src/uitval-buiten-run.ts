/**
 * @module
 * The exception rules' case when a decision is made outside a batch run (issue 16, C4): a citizen's
 * change, a partner's report, maatwerk. The same case type as a run would open for the same reasons
 * (`zaaktypeVoorUitval`), in the caller's transaction. A household that already has an open case of
 * that type with the same reasons gets no second one: two changes in a row are one question.
 */
import type { Sql } from '@regelmaat/db';
import { maakZaak } from './maak-zaak';
import type { Actor, Zaak } from './typen';
import { zaaktypeVoorUitval } from './uitval-zaken';

export interface UitvalBuitenRun {
  huishoudenId: number;
  jaar: number;
  /** The reason codes of the rules that fired (at least one). */
  redenen: readonly string[];
  /** Per reason its explanation and amount, as a run stores them. */
  toelichting: readonly { code: string; toelichting: string; bedrag?: number }[];
  prioriteit: number;
  /** What made the decision, for the case's subject: "wijziging doorgegeven: inkomen". */
  aanleiding: string;
}

/** Opens the case, or returns null when an open case of the same type already has these reasons. */
export async function openUitvalZaakBuitenRun(
  sql: Sql,
  u: UitvalBuitenRun,
  actor: Actor,
  nu: string,
): Promise<Zaak | null> {
  const soort = zaaktypeVoorUitval(u.redenen);
  const al = await sql.query(
    `SELECT 1 FROM zaak WHERE huishouden_id = $1 AND soort = $2 AND status <> 'afgerond'
        AND redenen @> $3::text[] LIMIT 1`,
    [u.huishoudenId, soort, [...u.redenen]],
  );
  if (al.rows.length > 0) return null;
  return maakZaak(
    sql,
    {
      soort,
      huishoudenId: u.huishoudenId,
      onderwerp: `Uitzondering na ${u.aanleiding} (${u.jaar})`,
      redenen: [...u.redenen],
      toelichting: u.toelichting,
      prioriteit: u.prioriteit,
      jaar: u.jaar,
    },
    actor,
    nu,
  );
}
