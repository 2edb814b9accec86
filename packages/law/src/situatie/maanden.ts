/**
 * @module
 * In which months a dated fact counts.
 *
 * Awir art. 5 lid 1: when a circumstance changes after the first day of a month, the change takes
 * effect on the first day of the next month. So a fact counts in month m when it is in force on
 * the first day of m.
 *
 * Kinderopvangtoeslag is set per calendar month from the care used in that month (Besluit
 * kinderopvangtoeslag art. 2); a contract counts in every month it overlaps.
 */

import { type DateParts, daysInMonth } from '@regelmaat/kernel';
import type { Situatie } from './situatie';

function firstOfMonth(year: number, month0: number): string {
  return `${year}-${String(month0 + 1).padStart(2, '0')}-01`;
}

function lastOfMonth(year: number, month0: number): string {
  const days = daysInMonth(year, month0 + 1);
  return `${year}-${String(month0 + 1).padStart(2, '0')}-${String(days).padStart(2, '0')}`;
}

/** Months in which the period [vanaf, tot) is in force on the first day (Awir art. 5 lid 1). */
export function maandenOpEersteDag(year: number, vanaf?: string, tot?: string): number {
  let mask = 0;
  for (let m = 0; m < 12; m++) {
    const first = firstOfMonth(year, m);
    if ((vanaf === undefined || vanaf <= first) && (tot === undefined || first < tot)) mask |= 1 << m;
  }
  return mask;
}

/** Months that the period [vanaf, tot) overlaps at all (kinderopvangtoeslag, per calendar month). */
export function maandenMetOverlap(year: number, vanaf?: string, tot?: string): number {
  let mask = 0;
  for (let m = 0; m < 12; m++) {
    const first = firstOfMonth(year, m);
    const last = lastOfMonth(year, m);
    if ((vanaf === undefined || vanaf <= last) && (tot === undefined || first < tot)) mask |= 1 << m;
  }
  return mask;
}

export function inMaand(mask: number, month0: number): boolean {
  return (mask & (1 << month0)) !== 0;
}

/** Bits 1..11 set where `mask` differs from the month before. */
function overgangen(mask: number): number {
  return (mask ^ (mask << 1)) & 0xffe;
}

/** Bit m (1..11) set when the age on the first of month m differs from the month before. */
function verjaardag(geboorte: DateParts): number {
  // Age on the 1st of month M (1-based) rises when the birthday lies after the 1st of M−1 and on or
  // before the 1st of M: born in M−1 after the 1st, or in M on the 1st. Bit index = M − 1.
  const m0 = geboorte.day === 1 ? geboorte.month - 1 : geboorte.month;
  return m0 >= 1 && m0 <= 11 ? 1 << m0 : 0;
}

/**
 * Months (bits 1..11) in which any fact of the situation may differ from the previous month: a
 * dated fact starts or ends, or someone's age on the first of the month goes up. Formulas read
 * month-dependent facts only through these, so in every other month the outcome equals the
 * previous month's and need not be evaluated again.
 */
export function wijzigingsmaanden(s: Situatie): number {
  let mask = overgangen(s.partnerMaanden) | verjaardag(s.aanvrager.geboorte);
  if (s.partner !== null) mask |= verjaardag(s.partner.geboorte);
  for (const k of s.kinderen) mask |= overgangen(k.maanden) | verjaardag(k.geboorte);
  for (const m of s.medebewoners) mask |= overgangen(m.maanden) | verjaardag(m.geboorte);
  for (const h of s.huur) mask |= overgangen(h.maanden);
  for (const o of s.opvang) mask |= overgangen(o.maanden);
  return mask;
}
