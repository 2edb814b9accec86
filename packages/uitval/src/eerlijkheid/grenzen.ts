/**
 * @module
 * The bounds of the fairness monitoring (docs/uitval/fairness.md). A rule is flagged for a group
 * when the group's selection rate, divided by the rule's rate over the whole run, lies outside
 * 0.8–1.25: the four-fifths rule of the US Uniform Guidelines on Employee Selection Procedures
 * (29 CFR § 1607.4(D)), applied to both sides (1 / 0.8 = 1.25), because being selected for a
 * check is a burden, and being left out of one may be too. Small groups are not judged: their
 * rate moves by chance.
 */
import { type Ppm, ppm } from '@regelmaat/kernel';

/** Below this ratio of a group's rate to the overall rate, the group is selected too rarely. */
export const ONDERGRENS_VERHOUDING: Ppm = ppm(800_000);
/** Above this ratio the group is selected too often (1 / 0.8). */
export const BOVENGRENS_VERHOUDING: Ppm = ppm(1_250_000);
/** A group is judged only with at least this many households in the run. */
export const MINIMALE_GROEP = 50;
/** A rule is judged on its groups only when it selected at least this many households. */
export const MINIMALE_SELECTIES = 10;
/**
 * Selection without purpose: of at least `MINIMAAL_BEOORDEELD` reviewed selections, fewer than
 * this share led to a changed amount.
 */
export const MINIMAAL_DOEL_AANDEEL: Ppm = ppm(100_000);
export const MINIMAAL_BEOORDEELD = 20;

export interface Grenzen {
  ondergrens: Ppm;
  bovengrens: Ppm;
  minimaleGroep: number;
  minimaleSelecties: number;
  minimaalDoelAandeel: Ppm;
  minimaalBeoordeeld: number;
}

export const STANDAARD_GRENZEN: Grenzen = Object.freeze({
  ondergrens: ONDERGRENS_VERHOUDING,
  bovengrens: BOVENGRENS_VERHOUDING,
  minimaleGroep: MINIMALE_GROEP,
  minimaleSelecties: MINIMALE_SELECTIES,
  minimaalDoelAandeel: MINIMAAL_DOEL_AANDEEL,
  minimaalBeoordeeld: MINIMAAL_BEOORDEELD,
});
