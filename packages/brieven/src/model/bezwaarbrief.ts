/**
 * @module
 * An objection's own letters as data: the receipt (ontvangstbevestiging, Awb 6:14), the
 * postponement of the decision (verdaging, Awb 7:10 lid 3) and the decision on the objection (Awb
 * 7:11, 7:12). Like a decision letter: a template id and version, the data it was filled with and the
 * letter date; rendered on demand, the same bytes every time. The dates in it were computed by the
 * term module when the letter was written.
 */
import type { CivilDate, Eurocent } from '@regelmaat/kernel';
import type { Afzender, Geadresseerde, SjabloonRef } from './brief';

export type BezwaarBriefSoort = 'ontvangstbevestiging' | 'verdaging' | 'beslissing-op-bezwaar';
export const BEZWAAR_BRIEF_SOORTEN: readonly BezwaarBriefSoort[] = [
  'ontvangstbevestiging',
  'verdaging',
  'beslissing-op-bezwaar',
];

/** A contested decision as the letter names it. */
export interface BestredenBesluit {
  readonly beschikkingsnummer: string;
  /** "Zorgtoeslag". */
  readonly naam: string;
  readonly jaar: number;
  /** The letter date of the contested decision. */
  readonly briefdatum: CivilDate;
}

export type BezwaarUitkomst = 'gegrond' | 'deels-gegrond' | 'ongegrond' | 'niet-ontvankelijk';

export type NietOntvankelijk =
  | {
      readonly grond: 'gronden-ontbreken';
      /** The last day to send the grounds (Awb 6:6). */
      readonly hersteltermijn: CivilDate;
      /** When the grounds came after all (after the term); absent: never. */
      readonly grondenOntvangenOp?: CivilDate;
    }
  | {
      readonly grond: 'te-laat';
      /** The last day of the objection term (Awb 6:7, Awir 35). */
      readonly laatsteDagBezwaartermijn: CivilDate;
      readonly ontvangenOp: CivilDate;
      /** Posted on this day (Awb 6:9 lid 2), when sent by post. */
      readonly gepostOp?: CivilDate;
    };

export interface BeslissingOpBezwaar {
  readonly uitkomst: BezwaarUitkomst;
  /** The reasons (Awb 7:12), as the case worker wrote them. */
  readonly motivering: string;
  /** The hearing: held on a date, or skipped with the reason in B1 (Awb 7:3, 7:12 lid 1). */
  readonly hoorzitting:
    | { readonly gehouden: true; readonly op?: CivilDate }
    | { readonly gehouden: false; readonly reden: string };
  /**
   * When niet-ontvankelijk (template version 2): its own legal ground with the dates it rests on —
   * the grounds of a pro forma objection not received within the term set for them (Awb 6:6), or
   * the objection received after its term (6:7, 6:9) and the lateness not excusable (6:11).
   */
  readonly nietOntvankelijk?: NietOntvankelijk;
  /** When (partly) upheld: the new decision. */
  readonly nieuw?: {
    readonly naam: string;
    readonly jaar: number;
    readonly oudJaarbedrag: Eurocent;
    readonly nieuwJaarbedrag: Eurocent;
  };
}

export interface BezwaarBriefGegevens {
  readonly soort: BezwaarBriefSoort;
  /** The objection's reference, e.g. "BZ-2026-000012". */
  readonly kenmerk: string;
  readonly geadresseerde: Geadresseerde;
  readonly afzender: Afzender;
  readonly bestreden: readonly BestredenBesluit[];
  readonly ontvangenOp: CivilDate;
  readonly kanaal: 'portaal' | 'post' | 'telefoon';
  readonly tijdig: boolean;
  /** Pro forma: the last day to send the grounds (Awb 6:6). */
  readonly hersteltermijn?: CivilDate;
  /** The last day to decide, as it stands when the letter is written. */
  readonly beslistermijn: CivilDate;
  readonly verdaging?: { readonly reden: string; readonly oudeTermijn: CivilDate };
  readonly beslissing?: BeslissingOpBezwaar;
  /** Where to appeal (beroep), for the decision on the objection. */
  readonly beroepUrl?: string;
}

export interface BezwaarBrief {
  readonly sjabloon: SjabloonRef;
  readonly bezwaar: { readonly id: string };
  readonly briefdatum: CivilDate;
  readonly gegevens: BezwaarBriefGegevens;
}
