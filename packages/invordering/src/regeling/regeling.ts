/**
 * @module
 * Payment-plan arithmetic (pure): the capacity to pay by the published method (Belastingdienst
 * "betalingscapaciteit"; Leidraad Invordering, kwijtschelding method), the standard plan and the
 * personal plan with their schedules. Guarantees, checked by property tests beside this file:
 * - the capacity is never negative and never takes the household below the costs of living nor the
 *   beslagvrije voet (Rv art. 475da);
 * - a schedule's terms plus what remains add up exactly to the debt; no term is zero or above the
 *   monthly amount; a plan has at most its number of months.
 */
import { type Eurocent, eurocent } from '@regelmaat/kernel';
import {
  BESLAGVRIJE_VOET,
  KOSTEN_VAN_BESTAAN,
  type Leefsituatie,
  PERSOONLIJKE_REGELING,
  STANDAARDREGELING,
} from './parameters';

export type RegelingSoort = 'standaard' | 'persoonlijk';

/** What a household has and pays each month (eurocents, ≥ 0), as the person or a case worker enters it. */
export interface Draagkracht {
  leefsituatie: Leefsituatie;
  /** All net income of the household per month (salary, benefits, holiday pay pro rata). */
  inkomen: number;
  /** Rent or mortgage costs, minus huurtoeslag. */
  woonlasten: number;
  /** Health insurance premiums, minus zorgtoeslag. */
  zorgkosten: number;
  /** Other fixed costs the method counts (alimentatie paid, childcare net of kinderopvangtoeslag). */
  overigeLasten: number;
}

export interface Capaciteit {
  /** What the household can pay per month (≥ 0). */
  capaciteit: Eurocent;
  /** The costs of living the method leaves (kwijtscheldingsnorm). */
  kostenVanBestaan: Eurocent;
  /** The protected minimum of the income (beslagvrije voet). */
  beslagvrijeVoet: Eurocent;
}

export interface Termijn {
  /** The month it is due (YYYY-MM). */
  maand: string;
  bedrag: Eurocent;
}

export interface Regelingsvoorstel {
  soort: RegelingSoort;
  /** The amount of every term but possibly the last (eurocents). */
  maandbedrag: Eurocent;
  termijnen: Termijn[];
  /** What is still open after the last term (eurocents); then no collection measures (art. 31bis: no remission). */
  rest: Eurocent;
}

const isBedrag = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** The capacity to pay per month. Throws RangeError on an amount that is not whole cents ≥ 0. */
export function betalingscapaciteit(d: Draagkracht): Capaciteit {
  for (const k of ['inkomen', 'woonlasten', 'zorgkosten', 'overigeLasten'] as const)
    if (!isBedrag(d[k])) throw new RangeError(`${k}: not an amount in whole cents ≥ 0`);
  const kostenVanBestaan = KOSTEN_VAN_BESTAAN[d.leefsituatie];
  const beslagvrijeVoet = BESLAGVRIJE_VOET[d.leefsituatie];
  const vrij = d.inkomen - d.woonlasten - d.zorgkosten - d.overigeLasten - kostenVanBestaan;
  const bovenVoet = d.inkomen - beslagvrijeVoet;
  return {
    capaciteit: eurocent(Math.max(0, Math.min(vrij, bovenVoet))),
    kostenVanBestaan,
    beslagvrijeVoet,
  };
}

/** `maand` (YYYY-MM) plus `n` months. */
export function plusMaanden(maand: string, n: number): string {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  const t = j * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

function schema(
  soort: RegelingSoort,
  schuld: number,
  maandbedrag: number,
  max: number,
  eersteMaand: string,
): Regelingsvoorstel {
  const termijnen: Termijn[] = [];
  let open = schuld;
  for (let i = 0; i < max && open > 0 && maandbedrag > 0; i++) {
    const bedrag = Math.min(maandbedrag, open);
    termijnen.push({ maand: plusMaanden(eersteMaand, i), bedrag: eurocent(bedrag) });
    open -= bedrag;
  }
  return { soort, maandbedrag: eurocent(maandbedrag), termijnen, rest: eurocent(open) };
}

const checkSchuld = (schuld: number) => {
  if (!Number.isSafeInteger(schuld) || schuld <= 0) throw new RangeError('debt: not whole cents > 0');
};

/**
 * The standard plan for a debt: equal monthly terms over at most 24 months, at least the minimum a
 * month. Undefined when one payment would settle it (the debt is at most the minimum).
 */
export function standaardRegeling(schuld: number, eersteMaand: string): Regelingsvoorstel | undefined {
  checkSchuld(schuld);
  const { maxTermijnen, minimumMaandbedrag } = STANDAARDREGELING;
  const maandbedrag = Math.max(minimumMaandbedrag, Math.ceil(schuld / maxTermijnen));
  if (maandbedrag >= schuld) return undefined;
  return schema('standaard', schuld, maandbedrag, maxTermijnen, eersteMaand);
}

/**
 * The personal plan: the capacity each month for at most 24 months (less when the debt is paid
 * sooner). A capacity of nil gives no terms: all remains, and no collection measures follow.
 */
export function persoonlijkeRegeling(
  schuld: number,
  capaciteit: number,
  eersteMaand: string,
): Regelingsvoorstel {
  checkSchuld(schuld);
  if (!isBedrag(capaciteit)) throw new RangeError('capacity: not whole cents ≥ 0');
  return schema(
    'persoonlijk',
    schuld,
    Math.min(capaciteit, schuld),
    PERSOONLIJKE_REGELING.termijnen,
    eersteMaand,
  );
}
