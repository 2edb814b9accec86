/**
 * @module
 * Model assumptions: the choices the generator makes where `population-stats.md` gives no figure.
 * Each is marked with the published figure it was tuned against. Changing a value here changes
 * every generated population, so the calibration test (`kalibratie.test.ts`) guards them.
 */

/**
 * Income index from 2022 (the year of the CBS percentiles [S45]) to the berekeningsjaar: roughly
 * the cao wage growth 2023–2026 (about +6%, +6.6%, +4.5%, +3.5%). Not in population-stats.md.
 */
export const INKOMEN_INDEX: Readonly<Record<2025 | 2026, number>> = { 2025: 1.18, 2026: 1.22 };

/**
 * Toetsingsinkomen (verzamelinkomen) as a share of the CBS gross income of a person: gross income
 * includes employer-paid contributions and transfers that are not in the verzamelinkomen, and
 * pension premiums and deductions come off. Tuned so that recipient counts meet [S1].
 */
export const TOETS_FACTOR = { werk: 0.83, uitkering: 0.92, pensioen: 0.95 } as const;

/** Age bands [van, tot en met] with weights for the applicant of households without children. */
export const LEEFTIJD_ALLEENSTAANDE: readonly (readonly [number, number, number])[] = [
  [18, 24, 0.09],
  [25, 34, 0.17],
  [35, 44, 0.1],
  [45, 54, 0.11],
  [55, 64, 0.14],
  [65, 74, 0.16],
  [75, 84, 0.15],
  [85, 99, 0.08],
];
export const LEEFTIJD_PAAR: readonly (readonly [number, number, number])[] = [
  [20, 34, 0.24],
  [35, 54, 0.14],
  [55, 64, 0.2],
  [65, 74, 0.24],
  [75, 94, 0.18],
];
export const LEEFTIJD_OVERIG: readonly (readonly [number, number, number])[] = [
  [18, 29, 0.4],
  [30, 64, 0.4],
  [65, 90, 0.2],
];

/**
 * Weights for the age on 1 January of the youngest child (index 0 = born during the year, then
 * 0, 1, …). Tuned so that about a quarter of the 4.67 M children at home are adults [S41] and
 * about 1 M households receive kindgebonden budget [S1].
 */
export const JONGSTE_KIND_PAAR: readonly number[] = [
  1, 1.6, 1.55, 1.45, 1.35, 1.25, 1.2, 1.15, 1.1, 1.05, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.95, 0.9, 0.8, 0.7,
  0.6, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1, 0.05,
];
export const JONGSTE_KIND_EENOUDER: readonly number[] = [
  0.12, 0.3, 0.45, 0.6, 0.8, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4,
  0.3, 0.2, 0.15, 0.1, 0.05,
];
/** Years between siblings: 1 … 5. */
export const KIND_AFSTAND: readonly number[] = [0.15, 0.35, 0.3, 0.13, 0.07];
/** Of households with 3 or more children: 3 (rest 4; the BSN layout allows 4 others per household). */
export const KANS_DRIE_KINDEREN = 0.78;
/** Of 'overig' households: one medebewoner (rest two). */
export const KANS_EEN_MEDEBEWONER = 0.75;

/** AOW age used for the income model. */
export const AOW_LEEFTIJD = 67;
/** Gross AOW 2022 euros a year: single, and per person of a couple. */
export const AOW = { alleen: 18_000, paar: 12_300 } as const;
/** Supplementary pension: chance of having one and median (2022 euros), log-sd. */
export const PENSIOEN = {
  kans: 0.88,
  mediaanAlleen: 10_000,
  mediaanHoofd: 18_000,
  mediaanPartner: 5_500,
  sigma: 0.85,
};

export type Rol = 'alleen' | 'hoofd' | 'partner' | 'ouder-alleen' | 'kind' | 'medebewoner';

/** Chance that a person of working age (25–66) works, by role. */
export const KANS_WERK: Readonly<Record<Rol, number>> = {
  alleen: 0.8,
  hoofd: 0.93,
  partner: 0.8,
  'ouder-alleen': 0.76,
  kind: 0.85,
  medebewoner: 0.75,
};
/** Median gross earnings of a worker by age band (2022 euros) and the factor per role. */
export const LOON_MEDIAAN: readonly (readonly [number, number])[] = [
  [24, 27_500],
  [34, 48_000],
  [44, 60_000],
  [54, 63_000],
  [99, 60_000],
];
export const LOON_ROL: Readonly<Record<Rol, number>> = {
  alleen: 0.95,
  hoofd: 1.15,
  partner: 0.72,
  'ouder-alleen': 0.82,
  kind: 0.7,
  medebewoner: 0.85,
};
export const LOON_SIGMA = 0.55;
/** Benefit (bijstand, WW, WIA) of a non-worker, 2022 euros. */
export const UITKERING = { mediaan: 18_000, sd: 2_000 } as const;
/** Among young people 18–24: students, and their median earnings (2022 euros). */
export const STUDENT = { kans: 0.55, mediaan: 7_000, sigma: 0.6 } as const;
/** Workers with a loss (self-employed): chance and largest loss (euros). */
export const VERLIES = { kans: 0.004, max: 15_000 } as const;
/** Children 15–17 with a side job, and the earnings (2022 euros). */
export const BIJBAAN = { kans: 0.35, van: 300, tot: 4_000 } as const;

/** Log-sd of savings; from the mean/median ratio 49.5 / 20.1 = exp(σ²/2) [S46] (afgeleid): σ ≈ 1.34. */
export const VERMOGEN_SIGMA = 1.34;
/** Savings of renters and owners relative to the type median (renters hold less; not published). */
export const VERMOGEN_HUURDER = 0.5;
export const VERMOGEN_EIGENAAR = 1.3;
/** Savings index 2022 → berekeningsjaar (not published). */
export const VERMOGEN_INDEX = 1.05;

/**
 * Chance of renting by household type at the type's median income; the odds fall with income
 * (elasticity `HUUR_INKOMEN`). Tuned so that 42.9% of households rent [S47] and about 1.5 M receive
 * huurtoeslag [S1].
 */
export const HUUR_BASIS: Readonly<Record<string, number>> = {
  alleenstaande: 0.57,
  paar: 0.28,
  'paar-met-kinderen': 0.24,
  eenoudergezin: 0.58,
  overig: 0.6,
};
export const HUUR_INKOMEN = 1.1;
/** The reference gross income (2022 euros) per type at which `HUUR_BASIS` applies (≈ model medians). */
export const HUUR_REFERENTIE: Readonly<Record<string, number>> = {
  alleenstaande: 37_000,
  paar: 73_000,
  'paar-met-kinderen': 106_000,
  eenoudergezin: 47_000,
  overig: 62_000,
};
/** How strongly the odds of renting from a housing association (rather than another landlord) fall with income. */
export const CORPORATIE_INKOMEN = 1.3;
/** Share of renters renting from a housing association at median income: 28.5 / 42.9 [S47] (afgeleid). */
export const CORPORATIE_AANDEEL = 0.285 / 0.429;
/**
 * Kale huur per month: housing associations € 582 end 2023 [S49] + 5.6% July 2024 [S50], frozen in
 * 2025 [S4], +2% on average in 2026 (assumed); other landlords such that the average of all renters
 * is € 652 (2021) [S48] indexed by ≈ +13% to 2025 (afgeleid, assumed index).
 */
export const HUUR_CORPORATIE_GEM: Readonly<Record<2025 | 2026, number>> = { 2025: 615, 2026: 627 };
export const HUUR_OVERIG_GEM: Readonly<Record<2025 | 2026, number>> = { 2025: 975, 2026: 1000 };
export const HUUR_SD = { corporatie: 115, overig: 230 } as const;
/**
 * Rent rises with income (elasticity to gross income relative to the type's reference): low
 * incomes are housed at lower rents (passend toewijzen). The means above hold at the reference.
 */
export const HUUR_ELASTICITEIT = { corporatie: 0.05, overig: 0.25 } as const;
/** Young people (under 23) in a room without own front door, kitchen and bathroom. */
export const KAMER_JONGEREN = 0.5;
/** Renters moving house during the year (two rent periods) and starting to rent during the year. */
export const KANS_VERHUIZING = 0.03;
export const KANS_NIEUWE_HUUR = 0.015;

/** Partners: a new partner during the year (single on 1 January), a partner leaving (couples). */
export const KANS_PARTNER_ERBIJ = 0.03;
export const KANS_PARTNER_WEG = 0.025;
/** A partner the tax authority knows but the citizen did not report (single households). */
export const KANS_VERZWEGEN_PARTNER = 0.003;
/** A partner without Dutch health insurance (e.g. a serving soldier). */
export const KANS_ONVERZEKERD = 0.002;

/**
 * Childcare use per child by age on 1 January, given that all parents work (conditional chances).
 * Tuned against 0.7 M KOT households [S1], 560k/565k/112k children in day care/BSO/childminder
 * [S5] and 74% coverage of 0–3 year olds [S30].
 */
export const OPVANG_KANS = {
  dagopvang: 0.72,
  gastouderJong: 0.1,
  bso: 0.32,
  gastouderOud: 0.05,
  bsoNaDagopvang: 0.6,
  bsoLaatsteJaar: 0.25,
} as const;
/** Months after birth before day care starts. */
export const OPVANG_START_NA_GEBOORTE = 4;
/** Log-sd of the hours per month around the published mean [S6]. */
export const OPVANG_UREN_SIGMA = 0.35;
/** Hourly price as a factor of the maximum price (median, log-sd); day care 10.97 / 10.71 [S27][S51]. */
export const OPVANG_PRIJS = {
  dagopvang: [1.024, 0.05],
  bso: [1.0, 0.07],
  gastouder: [0.97, 0.08],
} as const;
/** Childcare not in the register (LRK). */
export const KANS_NIET_GEREGISTREERD = 0.005;
/** Provider hours that differ from the parent's: some months, all months; and a missing report. */
export const AANBIEDER = { enkeleMaanden: 0.025, alleMaanden: 0.015, ontbreekt: 0.003 } as const;

/**
 * Final income against the estimate, per household: most within ±5%, then wider, far off, and a
 * large change (new job, job loss). Recoveries and back-payments for about half the allowances [S31].
 */
export const SCHATTING_SCENARIO = [0.72, 0.18, 0.08, 0.02] as const;
/** Last year's final income: absent for new households; otherwise near this year's, with a tail. */
export const VORIG_JAAR = { ontbreekt: 0.04, groei: 1.04, sigma: 0.08, staart: 0.05, staartSigma: 0.5 };
