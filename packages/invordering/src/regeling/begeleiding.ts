/**
 * @module
 * Personal guidance (persoonlijke begeleiding), pure: when a household is offered a guide, and the
 * contact moments over two to three months. The reference (§3.4) found no published criteria
 * ("exact criteria … not found"; no risk model without a legal basis and a DPIA), so every
 * threshold here is a cited parameter marked `teBevestigen`, and the criteria are facts the server
 * owns about the debt itself — never a profile of the person.
 */
import { type Eurocent, eurocent } from '@regelmaat/kernel';
import { plusMaanden } from './regeling';

export const BEGELEIDING = {
  /**
   * A recovery still open of at least this amount (eurocents): the same line as the zienswijze of
   * Awir art. 26b (€ 1,500); the agency's own threshold for guidance was not found.
   */
  hogeTerugvordering: eurocent(150_000) as Eurocent,
  /** The guidance runs two to three months ("wel 2 of 3 maanden"). */
  maanden: 3,
  bron: 'Awir art. 26b (grens € 1.500); SZW voortgangsrapportage dec. 2020 (persoonlijke begeleiding KOT, op verzoek) — criteria en duur niet geverifieerd',
  teBevestigen: true,
} as const;

/**
 * Why a household gets a guide:
 * - `hoge-terugvordering`: the open balance of its recoveries is at least `hogeTerugvordering`;
 * - `regeling-met-rest`: a personal plan that leaves part of the debt open (the capacity to pay is
 *   below the debt — a hardship signal from the plan itself);
 * - `signaal`: a plan that is behind (a hardship signal from the ledger);
 * - `op-verzoek`: the person asked for one (always allowed; no criterion needed).
 */
export const BEGELEIDING_REDENEN = [
  'hoge-terugvordering',
  'regeling-met-rest',
  'signaal',
  'op-verzoek',
] as const;
export type BegeleidingReden = (typeof BEGELEIDING_REDENEN)[number];

export interface BegeleidingFeiten {
  /** Open balance of all the household's recoveries (eurocents). */
  open: number;
  /** A personal plan of the household leaves a rest after its last term. */
  regelingMetRest: boolean;
  /** A plan of the household is behind. */
  regelingAchter: boolean;
}

/** The criteria a household meets, in the order above (`op-verzoek` is never derived). */
export function begeleidingRedenen(f: BegeleidingFeiten): BegeleidingReden[] {
  const uit: BegeleidingReden[] = [];
  if (f.open >= BEGELEIDING.hogeTerugvordering) uit.push('hoge-terugvordering');
  if (f.regelingMetRest) uit.push('regeling-met-rest');
  if (f.regelingAchter) uit.push('signaal');
  return uit;
}

const plusDagen = (datum: string, dagen: number): string => {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
};

/**
 * The contact moments of a guidance that starts on `start` (YYYY-MM-DD): a first call within a
 * week, then one a month until the end of the period (`maanden` months), the last one at its end.
 * A day that does not exist in the month (31 in April) moves to the month's last day.
 */
export function contactmomenten(start: string): string[] {
  const dag = Number(start.slice(8, 10));
  const uit = [plusDagen(start, 7)];
  for (let m = 1; m <= BEGELEIDING.maanden; m++) {
    const maand = plusMaanden(start.slice(0, 7), m);
    const laatste = new Date(Date.UTC(Number(maand.slice(0, 4)), Number(maand.slice(5, 7)), 0)).getUTCDate();
    uit.push(`${maand}-${String(Math.min(dag, laatste)).padStart(2, '0')}`);
  }
  return uit;
}
