/** The four toeslagen, in the order they are shown. */
import { HUURTOESLAG } from './huurtoeslag/huurtoeslag';
import { KINDEROPVANGTOESLAG } from './kinderopvangtoeslag/kinderopvangtoeslag';
import { KINDGEBONDEN_BUDGET } from './kindgebonden-budget/kindgebonden-budget';
import type { Regeling } from './regeling';
import { ZORGTOESLAG } from './zorgtoeslag/zorgtoeslag';

export const REGELINGEN: readonly Regeling<unknown, unknown>[] = [
  ZORGTOESLAG,
  HUURTOESLAG,
  KINDGEBONDEN_BUDGET,
  KINDEROPVANGTOESLAG,
] as unknown as readonly Regeling<unknown, unknown>[];
