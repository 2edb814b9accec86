/**
 * @module
 * What the monthly invordering run books for one recovery in one month, pure: first the
 * invorderingsrente over the days of the month after the last day to pay (Awir art. 29; `rente.ts`),
 * then the offset against the toeslag paid that month (Awir art. 30; `verrekening.ts`) on the balance
 * including that interest.
 *
 * No interest is booked on a recovery with a payment plan: whether interest runs during a plan
 * depends on the debt's regime (Awir art. 29a, 2025 text; no rente on the standard and personal
 * plans during the hervatting per SZW, 2022, against older texts that say it is charged — reference
 * §3.1 marks this a CONFLICT). We take the side that charges the person less; `RENTE_IN_REGELING`
 * keeps the choice visible.
 */

import { type Leefsituatie, renteVoorJaar } from './parameters';
import { invorderingsrente } from './rente';
import { type Verrekening, verrekenbaar } from './verrekening';

export const RENTE_IN_REGELING = {
  berekend: false,
  bron: 'Awir art. 29a (tekst 2025); SZW/Toeslagen sept. 2022 (geen rente bij standaard- en persoonlijke regeling) — tegenstrijdig met oudere teksten',
  teBevestigen: true,
} as const;

export interface MaandVraag {
  /** YYYY-MM, a month that has ended. */
  maand: string;
  saldo: number;
  betalenUiterlijk: string;
  inRegeling: boolean;
  /** Toeslag paid to the household in the month and not yet set off against another recovery. */
  toeslag: number;
  /** The household's other income in the month (eurocents). */
  inkomen: number;
  leefsituatie: Leefsituatie;
  /** The monthly terms of the household's running plans for other recoveries (eurocents; default 0). */
  inAndereRegelingen?: number;
}

export interface MaandBoeking {
  /** The last day of the month: the date of both entries. */
  datum: string;
  /**
   * `zonderTarief`: the month lies in a year without a cited rate (`INVORDERINGSRENTE`); nothing is
   * booked rather than a rate guessed.
   */
  rente: { bedrag: number; dagen: number; tarief: number; zonderTarief: boolean };
  verrekening: Verrekening;
}

export function laatsteDag(maand: string): string {
  const dag = new Date(Date.UTC(Number(maand.slice(0, 4)), Number(maand.slice(5, 7)), 0)).getUTCDate();
  return `${maand}-${String(dag).padStart(2, '0')}`;
}

const dagNa = (datum: string) => {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export function maandBoeking(v: MaandVraag): MaandBoeking {
  const datum = laatsteDag(v.maand);
  const eerste = `${v.maand}-01`;
  const van = dagNa(v.betalenUiterlijk) > eerste ? dagNa(v.betalenUiterlijk) : eerste;
  const loopt = v.saldo > 0 && !v.inRegeling && van <= datum;
  const zonderTarief = loopt && renteVoorJaar(Number(v.maand.slice(0, 4))) === undefined;
  const r = loopt && !zonderTarief ? invorderingsrente(v.saldo, van, datum) : { bedrag: 0, delen: [] };
  const rente = {
    bedrag: r.bedrag,
    dagen: r.delen.reduce((s, d) => s + d.dagen, 0),
    tarief: r.delen[0]?.tarief ?? 0,
    zonderTarief,
  };
  const verrekening = verrekenbaar({
    saldo: v.saldo + rente.bedrag,
    toeslag: v.toeslag,
    inkomen: v.inkomen,
    leefsituatie: v.leefsituatie,
    betalenUiterlijk: v.betalenUiterlijk,
    vandaag: datum,
    inRegeling: v.inRegeling,
    inAndereRegelingen: v.inAndereRegelingen ?? 0,
  });
  return { datum, rente, verrekening };
}
