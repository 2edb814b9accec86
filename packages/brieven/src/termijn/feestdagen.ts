/**
 * @module
 * The algemeen erkende feestdagen of the Algemene termijnenwet (art. 3 lid 1 and 2): Nieuwjaarsdag,
 * Goede Vrijdag (lid 2), tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, tweede Pinksterdag and
 * both Christmas days. Easter is computed with the Gregorian computus (Meeus/Jones/Butcher).
 */
import { dagnummer } from './kalender';

/** Easter Sunday of `jaar` as a day number. */
export function paaszondag(jaar: number): number {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return dagnummer(jaar, maand, dag);
}

/** First year with today's Koningsdag rule (27 April, or 26 April when the 27th is a Sunday). */
export const EERSTE_JAAR = 2014;

export interface Feestdag {
  readonly dag: number;
  readonly naam: string;
}

const CACHE = new Map<number, readonly Feestdag[]>();

/** The feestdagen of one year, in date order. Years before 2014 are refused (another Koningsdag rule). */
export function feestdagen(jaar: number): readonly Feestdag[] {
  if (!Number.isInteger(jaar) || jaar < EERSTE_JAAR || jaar > 9999)
    throw new RangeError(`feestdagen: jaar ${jaar} valt buiten ${EERSTE_JAAR}–9999`);
  const bekend = CACHE.get(jaar);
  if (bekend) return bekend;
  const pasen = paaszondag(jaar);
  const koning27 = dagnummer(jaar, 4, 27);
  // Koningsdag is on 26 April when 27 April is a Sunday (weekday 0).
  const koningsdag = (((koning27 + 4) % 7) + 7) % 7 === 0 ? koning27 - 1 : koning27;
  const lijst: Feestdag[] = [
    { dag: dagnummer(jaar, 1, 1), naam: 'Nieuwjaarsdag' },
    { dag: pasen - 2, naam: 'Goede Vrijdag' },
    { dag: pasen + 1, naam: 'tweede Paasdag' },
    { dag: koningsdag, naam: 'Koningsdag' },
    { dag: dagnummer(jaar, 5, 5), naam: 'Bevrijdingsdag' },
    { dag: pasen + 39, naam: 'Hemelvaartsdag' },
    { dag: pasen + 50, naam: 'tweede Pinksterdag' },
    { dag: dagnummer(jaar, 12, 25), naam: 'eerste Kerstdag' },
    { dag: dagnummer(jaar, 12, 26), naam: 'tweede Kerstdag' },
  ];
  lijst.sort((x, y) => x.dag - y.dag);
  CACHE.set(jaar, lijst);
  return lijst;
}

/** The feestdag on day number `n`, if any. */
export function feestdagOp(n: number, jaar: number): Feestdag | undefined {
  return feestdagen(jaar).find((f) => f.dag === n);
}
