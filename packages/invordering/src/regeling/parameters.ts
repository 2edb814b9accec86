/**
 * @module
 * The cited parameters of payment plans (betalingsregelingen) and collection interest. Each carries
 * its source; `teBevestigen: true` marks a figure that the reference could not verify in a primary
 * text — it is kept visible as a parameter that needs confirmation, never a silent guess.
 */
import { type Eurocent, eurocent } from '@regelmaat/kernel';

/**
 * Standard plan (standaardbetalingsregeling): at most 24 monthly terms, at least € 20 a month; one
 * plan per recovery. Agency practice (Belastingdienst "toeslag terugbetalen", juridischloket.nl;
 * two sources agree), not a statutory rule (Awir art. 31 leaves uitstel to a regeling).
 */
export const STANDAARDREGELING = {
  maxTermijnen: 24,
  minimumMaandbedrag: eurocent(2_000),
  bron: 'Awir art. 31; uitvoeringspraktijk Dienst Toeslagen (Belastingdienst "toeslag terugbetalen", juridischloket.nl)',
  teBevestigen: false,
} as const;

/**
 * Personal plan (persoonlijke betalingsregeling): the monthly amount is the capacity to pay, for 24
 * months; what is still open after that is not remitted (Awir art. 31bis) but no collection measures
 * follow. The length and this after-treatment are agency practice the reference did not verify.
 */
export const PERSOONLIJKE_REGELING = {
  termijnen: 24,
  bron: 'Awir art. 31, 31bis; Belastingdienst "betalingscapaciteit berekenen"; ABRvS 2022:3394 — looptijd en nazorg niet geverifieerd',
  teBevestigen: true,
} as const;

export type Leefsituatie = 'alleen' | 'samen';

/**
 * Costs of living left to the household when the capacity is computed: the kwijtscheldingsnorm,
 * 90% of the net bijstandsnorm (Uitvoeringsregeling Invorderingswet 1990 art. 16), per month. The
 * amounts are those of 1 January 2024 (bsgr.nl "Normbedragen kwijtschelding"); 2025/2026 amounts
 * were not gathered — to be replaced by the SZW half-yearly figures.
 */
export const KOSTEN_VAN_BESTAAN: { readonly [l in Leefsituatie]: Eurocent } & {
  bron: string;
  teBevestigen: true;
} = {
  alleen: eurocent(115_600),
  samen: eurocent(165_100),
  bron: 'URI 1990 art. 16 (90% van de netto bijstandsnorm); bedragen 1-1-2024, niet bijgewerkt naar 2025/2026',
  teBevestigen: true,
};

/**
 * The beslagvrije voet (Rv art. 475da): what verrekening or a plan may never take from the monthly
 * income. Amounts of 2021 (single, couple; below pension age); the current SZW amounts were not
 * gathered and the percentage is not verified.
 */
export const BESLAGVRIJE_VOET: { readonly [l in Leefsituatie]: Eurocent } & {
  bron: string;
  teBevestigen: true;
} = {
  alleen: eurocent(96_790),
  samen: eurocent(138_271),
  bron: 'Rv art. 475da (Wet vereenvoudiging beslagvrije voet); bedragen 2021, niet bijgewerkt',
  teBevestigen: true,
};

/**
 * Invorderingsrente (Awir art. 29 → Invorderingswet 1990 art. 28/29), per calendar year in basis
 * points: 4% since 1-1-2024, 4.3% from 1-1-2026 (Besluit belastingrente invorderingsrente art. 2,
 * Stb. 2025, 383). The toeslagrente of Awir art. 27 is gone from the 2026 text and is not this.
 */
export const INVORDERINGSRENTE: { readonly [jaar: number]: number } & { bron: string } = {
  2024: 400,
  2025: 400,
  2026: 430,
  bron: 'Awir art. 29; Invorderingswet 1990 art. 28-29; Stb. 2025, 383',
};

/** The rate (basis points) for a calendar year; undefined when the year has no cited rate. */
export function renteVoorJaar(jaar: number): number | undefined {
  return Object.hasOwn(INVORDERINGSRENTE, jaar) ? INVORDERINGSRENTE[jaar] : undefined;
}
