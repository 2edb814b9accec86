/**
 * @module
 * Writing facts from a service: `wijzigFeiten` of verwerking, with its refusal of facts recorded
 * after the writing moment (issue 10, item 13) turned into a plain 409 instead of a 500. That can
 * only happen on a database filled before the loaders stopped writing facts "from the future".
 */

import type { Sql } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';
import { FeitNaSchrijfmoment, wijzigFeiten } from '@regelmaat/dossier-opslag';
import { Conflict } from '@regelmaat/kernel';

export async function schrijfFeiten(
  sql: Sql,
  huishoudenId: number,
  nieuw: readonly Feit[],
  vervallen: readonly number[],
  op: string,
): Promise<void> {
  try {
    await wijzigFeiten(sql, huishoudenId, nieuw, vervallen, op);
  } catch (e) {
    if (e instanceof FeitNaSchrijfmoment)
      throw new Conflict(
        'feit-na-nu',
        'Een gegeven dat u wilt wijzigen, staat bij ons met een datum die nog moet komen. Daarom kunnen wij het nu niet wijzigen. Neem contact met ons op.',
      );
    throw e;
  }
}
