/**
 * @module
 * The thresholds whose marginal cases a run reports (issue 18): per threshold the toeslagen it
 * belongs to and the band around it. The bands are choices of this tool, not law: € 1,000 of
 * income a year, € 1,000 of assets, € 10 of rent a month. Where a household stands is read from
 * the snapshot's advance input (see `teller.ts`).
 */
import type { RegelingId } from '@regelmaat/law';

export interface Grens {
  readonly id: 'inkomen' | 'vermogen' | 'kwaliteitskortingsgrens' | 'aftoppingsgrens' | 'maximale-huurgrens';
  /** Dutch, for the tables: what "near" means. */
  readonly omschrijving: string;
  readonly regelingen: readonly RegelingId[];
  /** The band (eurocents): a year's income, assets, or a month's rent. */
  readonly band: number;
}

export const GRENZEN: readonly Grens[] = [
  {
    id: 'inkomen',
    omschrijving: 'inkomen binnen € 1.000 per jaar van het inkomen waarbij het bedrag 0 wordt',
    regelingen: ['zorgtoeslag', 'huurtoeslag', 'kindgebonden_budget', 'kinderopvangtoeslag'],
    band: 100_000,
  },
  {
    id: 'vermogen',
    omschrijving: 'vermogen binnen € 1.000 van de vermogensgrens',
    regelingen: ['zorgtoeslag', 'huurtoeslag', 'kindgebonden_budget'],
    band: 100_000,
  },
  {
    id: 'kwaliteitskortingsgrens',
    omschrijving: 'huur binnen € 10 per maand van de kwaliteitskortingsgrens',
    regelingen: ['huurtoeslag'],
    band: 1_000,
  },
  {
    id: 'aftoppingsgrens',
    omschrijving: 'huur binnen € 10 per maand van de aftoppingsgrens',
    regelingen: ['huurtoeslag'],
    band: 1_000,
  },
  {
    id: 'maximale-huurgrens',
    omschrijving: 'huur binnen € 10 per maand van de maximale huurgrens',
    regelingen: ['huurtoeslag'],
    band: 1_000,
  },
];
