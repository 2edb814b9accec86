/**
 * @module
 * In which months a dated fact counts.
 *
 * Awir art. 5 lid 1: when a circumstance changes after the first day of a month, the change takes
 * effect on the first day of the next month. So a fact counts in month m when it is in force on
 * the first day of m.
 *
 * Kinderopvangtoeslag is set per calendar month from the care used in that month (Besluit
 * kinderopvangtoeslag art. 2); a contract counts in every month it overlaps. Awir art. 5 does not
 * apply to changes in the costs of childcare per child (Wet kinderopvang art. 1.3 lid 2), and those
 * costs follow from the hours of care in the berekeningsjaar (Wko art. 1.7 lid 1 onder b): a contract
 * that starts or ends within a month counts the hours of the days it runs in that month
 * (`opvangCentiurenPerMaand`).
 */

import { ageOnFirstOfMonth, type DateParts, daysInMonth } from '@regelmaat/kernel';

/** First and last day of each month of a year, as civil-date text (compared as strings), made once per year. */
interface Kalender {
  readonly eerste: readonly string[];
  readonly laatste: readonly string[];
}
const kalenders = new Map<number, Kalender>();
function kalender(year: number): Kalender {
  let k = kalenders.get(year);
  if (!k) {
    const eerste: string[] = [];
    const laatste: string[] = [];
    for (let m = 0; m < 12; m++) {
      const mm = `${year}-${String(m + 1).padStart(2, '0')}-`;
      eerste.push(`${mm}01`);
      laatste.push(`${mm}${String(daysInMonth(year, m + 1)).padStart(2, '0')}`);
    }
    k = { eerste, laatste };
    kalenders.set(year, k);
  }
  return k;
}

/** Months in which the period [vanaf, tot) is in force on the first day (Awir art. 5 lid 1). */
export function maandenOpEersteDag(year: number, vanaf?: string, tot?: string): number {
  if (vanaf === undefined && tot === undefined) return 0xfff;
  const { eerste } = kalender(year);
  let mask = 0;
  for (let m = 0; m < 12; m++) {
    const first = eerste[m]!;
    if ((vanaf === undefined || vanaf <= first) && (tot === undefined || first < tot)) mask |= 1 << m;
  }
  return mask;
}

/** Months that the period [vanaf, tot) overlaps at all (kinderopvangtoeslag, per calendar month). */
export function maandenMetOverlap(year: number, vanaf?: string, tot?: string): number {
  if (vanaf === undefined && tot === undefined) return 0xfff;
  const { eerste, laatste } = kalender(year);
  let mask = 0;
  for (let m = 0; m < 12; m++) {
    if ((vanaf === undefined || vanaf <= laatste[m]!) && (tot === undefined || eerste[m]! < tot))
      mask |= 1 << m;
  }
  return mask;
}

/**
 * The start of a person's period in the household, never before their birth: a child or co-resident
 * counts from the first month whose first day they are born on or before (Awir art. 5: a change
 * after the first day of a month counts from the next month; a birth on the 1st counts from that
 * month), and from `vanaf` when that is later.
 */
export function vanafGeboorte(geboortedatum: string, vanaf?: string): string {
  return vanaf !== undefined && vanaf > geboortedatum ? vanaf : geboortedatum;
}

/** Days of month `month0` that the period [vanaf, tot) covers (0 … days in the month). */
export function dagenInPeriode(year: number, month0: number, vanaf?: string, tot?: string): number {
  const dim = daysInMonth(year, month0 + 1);
  const prefix = `${year}-${String(month0 + 1).padStart(2, '0')}-`;
  let n = 0;
  for (let d = 1; d <= dim; d++) {
    const dag = prefix + String(d).padStart(2, '0');
    if ((vanaf === undefined || vanaf <= dag) && (tot === undefined || dag < tot)) n++;
  }
  return n;
}

/**
 * The hours (× 100) a childcare contract of `centiuren` a month counts in each month of `year`, when
 * it starts or ends within a month: the month's hours times the share of its calendar days the
 * contract runs, rounded to whole centihours (Wko art. 1.7 lid 1 onder b, art. 1.3 lid 2). Undefined
 * when every month it overlaps is covered whole (then every month counts `centiuren`).
 */
export function opvangCentiurenPerMaand(
  year: number,
  centiuren: number,
  vanaf?: string,
  tot?: string,
): number[] | undefined {
  if (vanaf === undefined && tot === undefined) return undefined;
  let deel = false;
  const uit = new Array<number>(12).fill(0);
  for (let m = 0; m < 12; m++) {
    const dagen = dagenInPeriode(year, m, vanaf, tot);
    const dim = daysInMonth(year, m + 1);
    if (dagen > 0 && dagen < dim) deel = true;
    uit[m] = dagen === dim ? centiuren : Math.round((centiuren * dagen) / dim);
  }
  return deel ? uit : undefined;
}

export function inMaand(mask: number, month0: number): boolean {
  return (mask & (1 << month0)) !== 0;
}

/** Bits 1..11 set where `mask` differs from the month before: a dated fact starts or ends. */
export function overgangen(mask: number): number {
  return (mask ^ (mask << 1)) & 0xffe;
}

/**
 * Bit m (1..11) set when, in month m, the age on the first of the month reaches one of the age
 * limits `g1`, `g2`, `g3` (pass -1 for none). Age on the 1st of month M (1-based) rises when the
 * birthday lies after the 1st of M−1 and on or before the 1st of M. Bit index = M − 1.
 * Fixed arity, no array: this runs for every person of every household on the batch path.
 */
export function leeftijdsgrensBereikt(
  geboorte: DateParts,
  jaar: number,
  g1: number,
  g2 = -1,
  g3 = -1,
): number {
  const m0 = geboorte.day === 1 ? geboorte.month - 1 : geboorte.month;
  if (m0 < 1 || m0 > 11) return 0;
  const nieuw = ageOnFirstOfMonth(geboorte, jaar, 1) + 1;
  return nieuw === g1 || nieuw === g2 || nieuw === g3 ? 1 << m0 : 0;
}
