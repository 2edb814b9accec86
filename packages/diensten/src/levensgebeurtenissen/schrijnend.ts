/**
 * @module
 * Hardship indicators (issue 16, C8): a household that already struggles gets a call from a case
 * worker before a life event, not only a message. From data the server owns:
 *
 * - a recovery still owed (a `vordering` with a balance above zero, Awir art. 26);
 * - maatwerk in force for one of its advances (the hardship clause, Awir art. 13b);
 * - an open case about a recovery (`hoorzitting-terugvordering`) or an earlier call request that is
 *   still open (`contactverzoek`).
 */
import type { Sql } from '@regelmaat/db';

export type SchrijnendeIndicatie = 'openstaande-vordering' | 'maatwerk' | 'open-zaak';

/** The hardship indicators of a household; empty when it has none. */
export async function schrijnendeIndicaties(tx: Sql, huishoudenId: number): Promise<SchrijnendeIndicatie[]> {
  const r = await tx.query<{ vordering: boolean; maatwerk: boolean; zaak: boolean }>(
    `SELECT
       EXISTS (SELECT 1 FROM vordering v WHERE v.huishouden_id = $1
                  AND (SELECT COALESCE(sum(b.bedrag), 0) FROM boeking b WHERE b.vordering_id = v.id) > 0) AS vordering,
       EXISTS (SELECT 1 FROM beschikking b WHERE b.huishouden_id = $1 AND b.aanleiding = 'maatwerk'
                  AND NOT EXISTS (SELECT 1 FROM beschikking n WHERE n.vorige_id = b.id)) AS maatwerk,
       EXISTS (SELECT 1 FROM zaak z WHERE z.huishouden_id = $1 AND z.status <> 'afgerond'
                  AND z.soort IN ('hoorzitting-terugvordering', 'contactverzoek')) AS zaak`,
    [huishoudenId],
  );
  const x = r.rows[0]!;
  return [
    ...(x.vordering ? (['openstaande-vordering'] as const) : []),
    ...(x.maatwerk ? (['maatwerk'] as const) : []),
    ...(x.zaak ? (['open-zaak'] as const) : []),
  ];
}
