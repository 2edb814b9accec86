/**
 * @module
 * The one list of regelingen, in the order they are shown. Each is declared in its own folder
 * (id, names, parameter spec, formula); everything that names the toeslagen elsewhere — the
 * parameter files loaded, the batch layout, the API's and the web's choices, cases, exception
 * rules, the benchmark — derives from this list. A new regeling is its folder plus one line here.
 */
import { HUURTOESLAG } from './huurtoeslag/huurtoeslag';
import { KINDEROPVANGTOESLAG } from './kinderopvangtoeslag/kinderopvangtoeslag';
import { KINDGEBONDEN_BUDGET } from './kindgebonden-budget/kindgebonden-budget';
import type { Regeling } from './regeling';
import { ZORGTOESLAG } from './zorgtoeslag/zorgtoeslag';

const LIJST = [ZORGTOESLAG, HUURTOESLAG, KINDGEBONDEN_BUDGET, KINDEROPVANGTOESLAG] as const;

/** The regelingen as declared, each with its own types (for the parameter sets of `Wetgeving`). */
export type Regelingen = typeof LIJST;

/** The id of one of the regelingen: `'zorgtoeslag' | 'huurtoeslag' | …`. */
export type RegelingId = Regelingen[number]['id'];

/** The regelingen, in the order they are shown. */
export const REGELINGEN: readonly Regeling<unknown, unknown, RegelingId>[] = LIJST;

/** The ids in list order, as a non-empty tuple (for `z.enum`). */
export const REGELING_IDS = LIJST.map((r) => r.id) as unknown as readonly [RegelingId, ...RegelingId[]];

/** True for the id of one of the regelingen (a value from a request, a form or a database row). */
export function isRegelingId(x: unknown): x is RegelingId {
  return typeof x === 'string' && (REGELING_IDS as readonly string[]).includes(x);
}
