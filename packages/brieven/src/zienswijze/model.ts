/**
 * @module
 * The zienswijze letter as data (Awir art. 26b): before a recovery of € 1,500 or more the person is
 * told what we intend to recover, why (the calculation per toeslag), and until when they can tell
 * us their view. Like a decision letter: a template id and version, the data and the letter date.
 */
import type { CivilDate, Eurocent } from '@regelmaat/kernel';
import type { Afzender, Geadresseerde, SjabloonRef } from '../model/brief';

export interface ZienswijzeBerekening {
  /** "Huurtoeslag". */
  readonly naam: string;
  /** What was paid as advance for the year. */
  readonly voorschot: Eurocent;
  /** What the person is entitled to for the year (definitive). */
  readonly jaarbedrag: Eurocent;
  /** What we intend to recover for this toeslag (0 at or below the doelmatigheidsgrens). */
  readonly terug: Eurocent;
  /** What we pay back on this toeslag, when the year turned out higher. */
  readonly nabetaling: Eurocent;
}

export interface ZienswijzeBriefGegevens {
  /** The reference, e.g. "ZW-2026-000012". */
  readonly kenmerk: string;
  readonly geadresseerde: Geadresseerde;
  readonly afzender: Afzender;
  readonly berekeningsjaar: number;
  readonly regels: readonly ZienswijzeBerekening[];
  /** The total we intend to recover. */
  readonly totaal: Eurocent;
  /** The last day to respond. */
  readonly reagerenUiterlijk: CivilDate;
  /** Where to respond online. */
  readonly reactieUrl: string;
  /** The doelmatigheidsgrens of the year (Awir art. 26a), named when a toeslag falls under it. */
  readonly doelmatigheidsgrens: Eurocent;
}

export interface ZienswijzeBrief {
  readonly sjabloon: SjabloonRef;
  readonly zienswijze: { readonly id: string };
  readonly briefdatum: CivilDate;
  readonly gegevens: ZienswijzeBriefGegevens;
}
