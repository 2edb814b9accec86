/**
 * @module
 * A letter (brief) is data: the template it is written with (id and version), the data it was
 * filled with, the decision (beschikking) it belongs to, and the letter date (dagtekening). The
 * PDF and the HTML page are rendered from this on demand; the same data and template version give
 * the same bytes every time. Nothing here knows where decisions are stored.
 */
import type { CivilDate, Eurocent } from '@regelmaat/kernel';
import type { RegelingId } from '@regelmaat/law';

/** The kinds of letter this package writes (Awir art. 16, 19, 24, 26; maatwerk). */
export type BriefSoort = 'voorschot' | 'wijziging' | 'maatwerk' | 'definitieve-berekening';

export const BRIEF_SOORTEN: readonly BriefSoort[] = [
  'voorschot',
  'wijziging',
  'maatwerk',
  'definitieve-berekening',
];

/** Which template, in which version, a letter is written with. */
export interface SjabloonRef {
  readonly id: string;
  readonly versie: number;
}

/** The decision a letter belongs to, as the decision store names it (opaque here). */
export interface BeschikkingRef {
  readonly id: string;
  readonly versie: number;
}

/** A reference to a law article, as shown: the citation and, where there is one, its link. */
export interface Wetsverwijzing {
  /** E.g. "Algemene wet inkomensafhankelijke regelingen, artikel 16, lid 1". */
  readonly citaat: string;
  readonly url?: string;
}

export interface Postadres {
  /** Address lines as printed, e.g. ["Kerkstraat 12", "1234 AB Utrecht"] or ["Postbus 100", …]. */
  readonly regels: readonly string[];
}

/** The person the letter is addressed to (synthetic in this repository). */
export interface Geadresseerde {
  readonly naam: string;
  readonly bsn: string;
  readonly adres: Postadres;
}

/** Who sends the letter and where to object or ask (Awb 3:45: to which organ). */
export interface Afzender {
  readonly naam: string;
  /** Postal address for objections (bezwaar). */
  readonly bezwaaradres: Postadres;
  /** Where to object online, e.g. the portal's page. */
  readonly bezwaarUrl: string;
  /** The portal where the person sees and changes their data. */
  readonly portaalUrl: string;
  readonly telefoon: string;
  /** Opening hours in words, e.g. "maandag tot en met vrijdag van 8.00 tot 17.00 uur". */
  readonly bereikbaar: string;
}

/** One row of the calculation appendix, taken from the decision's explanation. */
export interface BerekeningRegel {
  /** Depth in the explanation tree (0 = the outcome). */
  readonly niveau: number;
  readonly onderdeel: string;
  /** The value in Dutch notation, e.g. "€ 1.573,42" or "ja". */
  readonly waarde: string;
  /** One B1 sentence. */
  readonly uitleg: string;
  readonly wet: Wetsverwijzing;
}

/** A part of the calculation: one run of months with the same facts, or the year total. */
export interface BerekeningDeel {
  readonly titel: string;
  readonly regels: readonly BerekeningRegel[];
}

/** The earlier decision a change letter compares with. */
export interface VorigBesluit {
  readonly jaarbedrag: Eurocent;
  readonly maandbedragen: readonly Eurocent[];
  /** Why it changed, one or more B1 sentences (e.g. "U heeft een nieuw inkomen doorgegeven."). */
  readonly reden: string;
}

/** The definitive calculation's settlement with what was already paid (Awir art. 24, 26). */
export interface Afrekening {
  /** What was paid as advance (voorschot) over the year. */
  readonly alBetaald: Eurocent;
  /** For a back-payment: the date we pay it (template version 2: the last day we pay it). */
  readonly betaaldatum?: CivilDate;
  /**
   * What the decision recovers (template version 2): 0 when the amount paid too much is not more
   * than the doelmatigheidsgrens (Awir art. 26a), less than it when lowered (art. 26 lid 2).
   * Absent: the whole amount paid too much.
   */
  readonly terugTeVorderen?: Eurocent;
  /** The doelmatigheidsgrens the settlement used (Awir art. 26a), for the letter to name. */
  readonly doelmatigheidsgrens?: Eurocent;
}

/** The decision for one toeslag. */
export interface ToeslagBesluit {
  readonly regeling: RegelingId;
  /** "Zorgtoeslag", as the law package names it. */
  readonly naam: string;
  /** First and last day the decision covers. */
  readonly periode: { readonly van: CivilDate; readonly totEnMet: CivilDate };
  readonly jaarbedrag: Eurocent;
  /** Twelve amounts, index 0 = januari. */
  readonly maandbedragen: readonly Eurocent[];
  readonly vorig?: VorigBesluit;
  readonly afrekening?: Afrekening;
  /** The articles the amount rests on (taken from the explanation). */
  readonly grondslag: readonly Wetsverwijzing[];
  readonly berekening: readonly BerekeningDeel[];
}

/** A fact the decision used, shown so the person can check it. */
export interface GebruiktGegeven {
  readonly omschrijving: string;
  readonly waarde: string;
  /** Where it comes from, e.g. "Door u doorgegeven op 3 januari 2026" or "Belastingdienst". */
  readonly bron: string;
}

/** One payment. */
export interface Betaling {
  readonly datum: CivilDate;
  readonly regeling: RegelingId;
  readonly bedrag: Eurocent;
}

/** The outcome of maatwerk: what a case worker decided beyond the standard rules, and why. */
export interface MaatwerkUitkomst {
  /** What we decided, B1. */
  readonly besluit: string;
  /** Why: the motivation the case worker recorded, B1. */
  readonly motivering: string;
  /** The legal ground of the deviation. */
  readonly grond: readonly Wetsverwijzing[];
}

/**
 * What was done with the person's view before a high recovery (Awir art. 26b): on the letter of a
 * definitive decision held for a zienswijze that goes out with its amount unchanged.
 */
export interface ZienswijzeUitkomst {
  /** Whether the person responded (portal or phone) before it was decided. */
  readonly gereageerd: boolean;
  /** The last day they could respond (YYYY-MM-DD). */
  readonly reagerenUiterlijk: string;
  /** 'ongewijzigd': the view changed no recovery; 'verlaagd': another toeslag's recovery was lowered by maatwerk. */
  readonly uitkomst: 'ongewijzigd' | 'verlaagd';
  /** Why the amount stayed the same: the weighing the case worker recorded. */
  readonly motivering: string;
}

/** Everything a letter is filled with. */
export interface BriefGegevens {
  readonly soort: BriefSoort;
  /** The number shown on the letter (beschikkingsnummer). */
  readonly beschikkingsnummer: string;
  readonly berekeningsjaar: number;
  readonly geadresseerde: Geadresseerde;
  readonly afzender: Afzender;
  readonly toeslagen: readonly ToeslagBesluit[];
  readonly gegevens: readonly GebruiktGegeven[];
  readonly betalingen: readonly Betaling[];
  readonly maatwerk?: MaatwerkUitkomst;
  /** A definitive letter after a zienswijze: what was done with the person's view. */
  readonly zienswijze?: ZienswijzeUitkomst;
}

/** A letter as stored: data, not a document. */
export interface Brief {
  readonly sjabloon: SjabloonRef;
  readonly beschikking: BeschikkingRef;
  /** The letter date (dagtekening): the objection term starts the day after (Awir art. 35). */
  readonly briefdatum: CivilDate;
  readonly gegevens: BriefGegevens;
}
