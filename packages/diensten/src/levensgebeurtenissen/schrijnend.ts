/**
 * @module
 * Hardship indicators (issue 16, C8): a household that already struggles gets a call from a case
 * worker before a life event, not only a message. From data the server owns:
 *
 * - a recovery still owed (a `vordering` with a balance above zero, Awir art. 26);
 * - maatwerk in force for one of its advances of the year (the hardship clause, Awir art. 13b);
 * - an open case about a recovery (`hoorzitting-terugvordering`) or an earlier call request that is
 *   still open (`contactverzoek`).
 */
import { beschikkingenVan, geldende } from '@regelmaat/beschikking';
import type { Sql } from '@regelmaat/db';
import { vorderingenVan } from '@regelmaat/invordering';
import { heeftOpenZaak } from '@regelmaat/zaken';

export type SchrijnendeIndicatie = 'openstaande-vordering' | 'maatwerk' | 'open-zaak';

/** The hardship indicators of a household in `jaar`; empty when it has none. */
export async function schrijnendeIndicaties(
  tx: Sql,
  huishoudenId: number,
  jaar: number,
): Promise<SchrijnendeIndicatie[]> {
  const uit: SchrijnendeIndicatie[] = [];
  if ((await vorderingenVan(tx, huishoudenId)).some((v) => v.saldo > 0)) uit.push('openstaande-vordering');
  const inKracht = geldende(await beschikkingenVan(tx, huishoudenId), jaar, 'voorschot');
  if ([...inKracht.values()].some((b) => b.aanleiding === 'maatwerk')) uit.push('maatwerk');
  if (await heeftOpenZaak(tx, huishoudenId, ['hoorzitting-terugvordering', 'contactverzoek']))
    uit.push('open-zaak');
  return uit;
}
