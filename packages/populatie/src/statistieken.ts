/**
 * @module
 * Published figures the synthetic population is calibrated to, each with its source tag from
 * `population-stats.md` ([S1] … [S52]). "Afgeleid" marks arithmetic on sourced numbers. Model
 * choices that no source gives are not here but in `aannames.ts`.
 */
import type { RegelingId } from '@regelmaat/law';

export type HuishoudType = 'alleenstaande' | 'paar' | 'paar-met-kinderen' | 'eenoudergezin' | 'overig';

export const HUISHOUDTYPEN: readonly HuishoudType[] = [
  'alleenstaande',
  'paar',
  'paar-met-kinderen',
  'eenoudergezin',
  'overig',
];

/** All private households on 1 January 2024 [S41]. */
export const AANTAL_HUISHOUDENS = 8_374_404;
/** The household count the calibration scales to (8.37 M, [S41] rounded). */
export const SCHAAL_HUISHOUDENS = 8_370_000;

/** Household type shares, 1 January 2024 [S41] (couples derived as partners ÷ 2). */
export const TYPE_AANDELEN: Readonly<Record<HuishoudType, number>> = {
  alleenstaande: 0.399,
  paar: 0.279,
  'paar-met-kinderen': 0.242,
  eenoudergezin: 0.074,
  overig: 0.006,
};

/** Households with children (any age), 1 January 2023: 1, 2, 3+ children [S42]. */
export const KINDEREN_ALLE = [0.43, 0.41, 0.16] as const;
/** Single parents: 62% one child [S42]; 2 and 3+ split as in all households (afgeleid). */
export const KINDEREN_EENOUDER = [0.62, 0.38 * (41 / 57), 0.38 * (16 / 57)] as const;
/**
 * Couples with children, so that couples and single parents together give [S42] (afgeleid:
 * (share_all × 2.648 M − share_single_parent × 0.618 M) ÷ 2.030 M, counts from [S41]).
 */
export const KINDEREN_PAAR = [0, 1, 2].map(
  (i) => (KINDEREN_ALLE[i]! * 2.648 - KINDEREN_EENOUDER[i]! * 0.618) / 2.03,
) as readonly number[];

/** Gross household income 2022 (provisional), percentiles P10 … P90 in euros [S45]. */
export const BRUTO_HUISHOUDINKOMEN_2022 = [
  [0.1, 22_900],
  [0.2, 30_200],
  [0.3, 38_900],
  [0.4, 49_700],
  [0.5, 62_700],
  [0.6, 78_600],
  [0.7, 97_400],
  [0.8, 121_300],
  [0.9, 159_500],
] as const;

/**
 * Median bank and savings balance, 1 January 2022, euros [S46]: all households, by type, and
 * households whose head is 65 or older. Mean of all households € 49.5k.
 */
export const SPAARGELD_MEDIAAN = {
  alle: 20_100,
  gemiddelde: 49_500,
  alleenstaande: 9_900,
  eenoudergezin: 8_900,
  paarMetKinderen: 29_600,
  hoofd65Plus: 30_900,
} as const;

/** Dwellings 1 January 2023: rented from housing associations and from other landlords [S47]. */
export const HUUR_CORPORATIE = 0.285;
export const HUUR_OVERIG = 0.144;
/** Average kale huur € 652 a month (2021, WoON) [S48]; housing associations € 582 (end 2023) [S49]. */
export const KALE_HUUR_GEMIDDELD_2021 = 652;
export const KALE_HUUR_CORPORATIE_2023 = 582;
/** Rent increase July 2024: social +5.6%, free sector +5.0% [S50]. */
export const HUURVERHOGING_2024 = { sociaal: 0.056, vrij: 0.05 } as const;

/** Childcare hours per child per month, Q3 2022 [S6]. */
export const OPVANG_UREN = {
  dagopvang: 90.1,
  bso: 41.6,
  gastouder0tot3: 69.8,
  gastouder4tot11: 37.8,
} as const;

/** Maximum hourly prices (day care, BSO, childminder) 2025 [S51] and 2026 [S52]. */
export const MAXIMUM_UURPRIJS: Readonly<Record<2025 | 2026, readonly [number, number, number]>> = {
  2025: [10.71, 9.52, 8.1],
  2026: [11.23, 9.98, 8.49],
};
/** Typical day-care price 2025 € 10.97 against a maximum of € 10.71 [S27][S51]. */
export const DAGOPVANG_TYPISCH_2025 = 10.97;

/** KOT children during 2023: day care, BSO, childminder [S5]. */
export const KOT_KINDEREN_2023 = { dagopvang: 559_790, bso: 565_440, gastouder: 111_580 } as const;
/** KOT covered 74% of children aged 0–3 and about 40% of ages 0–12 (2018) [S30]. */
export const KOT_DEKKING = { nulTotVier: 0.74, nulTotDertien: 0.4 } as const;

export interface GepubliceerdCijfer {
  /** Recipient households (or allowances). */
  readonly ontvangers: number;
  readonly ontvangersBron: string;
  /** Spending in euros a year. */
  readonly uitgaven: number;
  readonly uitgavenBron: string;
}

/**
 * Recipients and spending per toeslag, keyed by regeling id (one entry for every regeling of the list). Zorgtoeslag spending after 2021 was
 * not found; it is taken as ≈ € 1.2k a recipient × 4.6 M (afgeleid, [S28][S29]).
 */
export const GEPUBLICEERD: Readonly<Record<RegelingId, GepubliceerdCijfer>> = {
  zorgtoeslag: {
    ontvangers: 4_600_000,
    ontvangersBron: '4,6 mln toeslagen 2023 [S1]',
    uitgaven: 1_200 * 4_600_000,
    uitgavenBron: '≈ € 1,2k × ontvangers [S28][S29] (afgeleid)',
  },
  huurtoeslag: {
    ontvangers: 1_500_000,
    ontvangersBron: '≈ 1,5 mln huishoudens 2023–25 [S1][S2][S3][S4]',
    uitgaven: 5_680_000_000,
    uitgavenBron: '€ 5,68 mld 2024 [S21]',
  },
  kindgebonden_budget: {
    ontvangers: 1_000_000,
    ontvangersBron: '1,0 mln toeslagen 2023 [S1]',
    uitgaven: 4_680_000_000,
    uitgavenBron: '€ 4,68 mld 2024 [S22]',
  },
  kinderopvangtoeslag: {
    ontvangers: 700_000,
    ontvangersBron: '0,7 mln huishoudens 2023 [S1]',
    uitgaven: 4_680_000_000,
    uitgavenBron: '€ 4,68 mld 2024 [S23]',
  },
};

/** Households with at least one toeslag: 5.5 M of 8.37 M in 2023 [S7][S8]. */
export const HUISHOUDENS_MET_TOESLAG = 5_500_000;
