/**
 * @module
 * What differs between the two ways huurtoeslag is computed. The parameter `methode` (dated in
 * parameters.yaml) chooses one: 2025.ts (methode 1, up to and including 2025) or 2026.ts (methode 2,
 * from 2026). Everything else of the formula is in huurtoeslag.ts.
 */
import type { Trace, ValuesOf } from '@regelmaat/engine';
import type { ALGEMEEN_SPEC } from '../algemeen/spec';
import { NietBerekenbaar } from '../regeling';
import type { HUURTOESLAG_SPEC } from './spec';

export type HuurtoeslagParameters = ValuesOf<typeof HUURTOESLAG_SPEC> & ValuesOf<typeof ALGEMEEN_SPEC>;

export interface HuurtoeslagMethode {
  /** Whether the rent is within the huurgrens as a condition (Wht art. 13); true when the method has no such condition. */
  huurgrensOk(rekenhuur: number, huurgrens: number, t: Trace | null): boolean;
  /** The basishuur per month in eurocents. */
  basishuur(inkomen: number, eenpersoons: boolean, p: HuurtoeslagParameters, t: Trace | null): number;
  /** What the income takes off per month, in microcents (0 when the method has no inkomenscorrectie). */
  inkomenscorrectie(inkomen: number, eenpersoons: boolean, p: HuurtoeslagParameters, t: Trace | null): number;
}

/** A value the method needs; a missing one stops the computation with a clear reason. */
export function nodig<T>(waarde: T | undefined, naam: string): T {
  if (waarde === undefined) {
    throw new NietBerekenbaar(
      'PARAMETER_ONTBREEKT',
      `De parameter huurtoeslag.${naam} heeft geen waarde voor dit jaar; huurtoeslag kan niet worden berekend.`,
    );
  }
  return waarde;
}
