/**
 * @module
 * The team lead's counts of recoveries (issue 15): by size, paid off, in a plan, behind, in arrears.
 * Aggregates only, no person in them, so nothing to log per person; needs `rapportage:lezen`.
 */
import { type InvorderingCijfers, invorderingCijfers as tel } from '@regelmaat/invordering';

export type { InvorderingCijfers };

import { type Context, vereis } from '../context';
import type { Omgeving } from '../omgeving';

export async function invorderingCijfers(o: Omgeving, ctx: Context): Promise<InvorderingCijfers> {
  vereis(ctx, 'rapportage:lezen');
  return tel(o.db, o.klok().slice(0, 10));
}
