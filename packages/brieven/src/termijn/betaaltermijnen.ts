/**
 * @module
 * The payment terms a definitive calculation letter states, counted from the letter date
 * (dagtekening):
 * - a back-payment (nabetaling) is paid within four weeks after the dagtekening (Awir art. 24 lid 1);
 * - a recovery (terugvordering) is paid within six weeks after the dagtekening of the recovery
 *   decision (Awir art. 28 lid 1); the Algemene termijnenwet does not apply to it (art. 28 lid 3), so
 *   a last day on a weekend or feestdag is not moved.
 * Both verified in the consolidated Awir texts of 1-1-2025 and 1-1-2026.
 */
import type { CivilDate } from '@regelmaat/kernel';
import { dagnummerVan, uitDagnummer } from './kalender';

export const NABETALING_WEKEN = 4;
export const TERUGBETALING_WEKEN = 6;

/** The last day we pay a back-payment: four weeks after the letter date (Awir art. 24 lid 1). */
export const uiterlijkeNabetaling = (briefdatum: CivilDate): CivilDate =>
  uitDagnummer(dagnummerVan(briefdatum) + NABETALING_WEKEN * 7);

/** The last day to pay a recovery: six weeks after the letter date (Awir art. 28 lid 1 and 3). */
export const uiterlijkeTerugbetaling = (briefdatum: CivilDate): CivilDate =>
  uitDagnummer(dagnummerVan(briefdatum) + TERUGBETALING_WEKEN * 7);
