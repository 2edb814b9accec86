/**
 * @module
 * The decision in force: the newest version per toeslag of one year and kind.
 */
import type { RegelingId } from '@regelmaat/law';
import type { BeschikkingVersie } from './beschikking-versie';

/** The newest decision per toeslag of one household, year and kind (the one in force). */
export function geldende(
  lijst: readonly BeschikkingVersie[],
  jaar: number,
  soort: 'voorschot' | 'definitief',
) {
  const uit = new Map<RegelingId, BeschikkingVersie>();
  for (const b of lijst) {
    if (b.jaar !== jaar || b.soort !== soort) continue;
    const nu = uit.get(b.regeling);
    if (!nu || b.id > nu.id) uit.set(b.regeling, b);
  }
  return uit;
}
