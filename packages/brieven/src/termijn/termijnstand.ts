/**
 * @module
 * Where a due date stands today, for warnings before it passes: `ruim` (more than the warning
 * window left), `binnenkort` (within it), `vandaag`, or `verlopen`. The window is a service choice,
 * not a rule of law.
 */
import type { CivilDate } from '@regelmaat/kernel';
import { dagnummerVan } from './kalender';

/** Warn this many calendar days before a due date. */
export const WAARSCHUWING_DAGEN = 7;

export interface Termijnstand {
  readonly stand: 'ruim' | 'binnenkort' | 'vandaag' | 'verlopen';
  /** Days from today to the due date (negative when it passed). */
  readonly dagenOver: number;
}

export function termijnstand(laatsteDag: CivilDate, vandaag: CivilDate): Termijnstand {
  const dagenOver = dagnummerVan(laatsteDag) - dagnummerVan(vandaag);
  const stand =
    dagenOver < 0
      ? 'verlopen'
      : dagenOver === 0
        ? 'vandaag'
        : dagenOver <= WAARSCHUWING_DAGEN
          ? 'binnenkort'
          : 'ruim';
  return { stand, dagenOver };
}
