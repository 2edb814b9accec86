/**
 * @module
 * A synthetic household: the estimate the citizen gives at the start of the year (the input of
 * the advance run) plus what the authorities learn later (final incomes, provider hours, last
 * year's income), and the synthetic BSNs of everyone in it. No names and no field about origin,
 * nationality or anything that could stand in for it.
 */
import type { HuishoudenInvoer } from '@regelmaat/law';
import type { HuishoudType } from './statistieken';

/** The exception situations a household of a fixed set is built to trigger. */
export type UitvalCode =
  | 'HOGE_TERUGVORDERING'
  | 'SCHATTING_WIJKT_AF'
  | 'OPVANGUREN_VERSCHIL'
  | 'PARTNER_CONFLICT'
  | 'ONTBREKENDE_GEGEVENS'
  | 'VERMOGEN_RAND';

export interface SynthetischHuishouden {
  index: number;
  /** The household type on 1 January (CBS definition). */
  type: HuishoudType;
  bsnAanvrager: string;
  /** Present when there is a toeslagpartner in the estimate or only in the final data. */
  bsnPartner?: string;
  bsnKinderen: string[];
  bsnMedebewoners: string[];
  /** The household as the citizen estimated it at the start of the year (input of the advance run). */
  schatting: HuishoudenInvoer;
  /**
   * Final incomes from the tax authority (input of the definitive run), euros, same persons. A
   * `toeslagpartner` here while `schatting.toeslagpartner` is absent is a partner the citizen did
   * not report (PARTNER_CONFLICT); `definitievePartner` then gives that partner's birth date.
   */
  definitiefInkomen: { aanvrager: number; toeslagpartner?: number; medebewoners: number[] };
  /** Only for a partner known to the tax authority but missing from the estimate. */
  definitievePartner?: { geboortedatum: string };
  /** Childcare hours per contract and month as the provider reports them (may differ from the parent's estimate). */
  opvangUrenAanbieder: number[][]; // [contract][month 0..11]
  /** Last year's final toetsingsinkomen of the household (for the "estimate far off" signal), euros. */
  vorigJaarInkomen?: number;
  /** Gross household income of the model in 2022 euros (all members), to compare with CBS [S45]. */
  brutoInkomen2022?: number;
  /** In the fixed set 'uitzonderingen': the exception situations (`UitvalCode`) this household should trigger. */
  verwachteUitval?: string[];
}
