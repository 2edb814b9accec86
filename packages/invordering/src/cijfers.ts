/**
 * @module
 * Counts for the team lead (issue 15), set-based and without personal data: recoveries by size, how
 * many are paid off, in a payment plan, behind on their plan, whose plan lapsed, or past their last
 * day to pay without a plan that runs (arrears), with a personal guide, and the reminders sent. A plan is behind when less was paid since it was agreed than its terms whose
 * month has ended (the same rule as `standVan`).
 */
import type { Sql } from '@regelmaat/db';

export interface InvorderingCijfers {
  /** Recoveries by the amount set: below € 500, € 500 to € 1,500, € 1,500 or more. */
  perGrootte: { klein: number; middel: number; groot: number };
  totaal: number;
  afbetaald: number;
  /** In a plan that runs (a plan that lapsed is not counted). */
  inRegeling: number;
  regelingAchter: number;
  /** Plans that lapsed (migration 042): the whole balance became due; counted whether or not it was paid since. */
  regelingVervallen: number;
  /** Open, past the last day to pay (Awir art. 28), no plan that runs (a lapsed plan counts here). */
  achterstalligZonderRegeling: number;
  /** Still owed in total (eurocents). */
  open: number;
  /** Open recoveries of households with a personal guide (migration 037). */
  metBegeleider: number;
  /** Guides with their number of households (by staff account id; no citizen data). */
  begeleiders: number;
  /** Reminder letters sent: friendly reminders and aanmaningen (Awir art. 32). */
  herinneringen: number;
  aanmaningen: number;
}

export async function invorderingCijfers(sql: Sql, vandaag: string): Promise<InvorderingCijfers> {
  const r = await sql.query<Record<string, string | number>>(
    `WITH v AS (
       SELECT v.id, v.huishouden_id, v.bedrag, v.betalen_uiterlijk,
              (SELECT coalesce(sum(b.bedrag), 0) FROM boeking b WHERE b.vordering_id = v.id) AS saldo
         FROM vordering v),
     r AS (
       SELECT r.vordering_id,
              least(r.schuld - r.rest, r.maandbedrag::bigint * least(r.termijnen, greatest(0,
                (extract(year FROM $1::date) * 12 + extract(month FROM $1::date))
                - (extract(year FROM r.eerste_termijn) * 12 + extract(month FROM r.eerste_termijn))))) AS verschuldigd,
              (SELECT coalesce(-sum(b.bedrag), 0) FROM boeking b
                WHERE b.vordering_id = r.vordering_id AND b.soort IN ('betaling', 'verrekening')
                  AND b.geboekt_op >= r.aangegaan_op) AS betaald,
              EXISTS (SELECT 1 FROM regeling_verval x WHERE x.regeling_id = r.id) AS vervallen
         FROM betalingsregeling r)
     SELECT count(*) FILTER (WHERE v.bedrag < 50000) AS klein,
            count(*) FILTER (WHERE v.bedrag >= 50000 AND v.bedrag < 150000) AS middel,
            count(*) FILTER (WHERE v.bedrag >= 150000) AS groot,
            count(*) AS totaal,
            count(*) FILTER (WHERE v.saldo = 0) AS afbetaald,
            count(*) FILTER (WHERE r.vordering_id IS NOT NULL AND NOT r.vervallen) AS in_regeling,
            count(*) FILTER (WHERE r.vordering_id IS NOT NULL AND NOT r.vervallen AND r.betaald < r.verschuldigd) AS achter,
            count(*) FILTER (WHERE r.vervallen) AS vervallen,
            count(*) FILTER (WHERE (r.vordering_id IS NULL OR r.vervallen) AND v.saldo > 0 AND v.betalen_uiterlijk < $1::date) AS achterstallig,
            coalesce(sum(v.saldo), 0) AS open,
            count(*) FILTER (WHERE v.saldo > 0 AND EXISTS (SELECT 1 FROM begeleiding g WHERE g.huishouden_id = v.huishouden_id)) AS met_begeleider,
            (SELECT count(DISTINCT begeleider) FROM begeleiding) AS begeleiders,
            (SELECT count(*) FROM herinnering WHERE soort = 'herinnering') AS herinneringen,
            (SELECT count(*) FROM herinnering WHERE soort = 'aanmaning') AS aanmaningen
       FROM v LEFT JOIN r ON r.vordering_id = v.id`,
    [vandaag],
  );
  const x = r.rows[0]!;
  const n = (k: string) => Number(x[k]);
  return {
    perGrootte: { klein: n('klein'), middel: n('middel'), groot: n('groot') },
    totaal: n('totaal'),
    afbetaald: n('afbetaald'),
    inRegeling: n('in_regeling'),
    regelingAchter: n('achter'),
    regelingVervallen: n('vervallen'),
    achterstalligZonderRegeling: n('achterstallig'),
    open: n('open'),
    metBegeleider: n('met_begeleider'),
    begeleiders: n('begeleiders'),
    herinneringen: n('herinneringen'),
    aanmaningen: n('aanmaningen'),
  };
}
