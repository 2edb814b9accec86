/**
 * @module
 * Civil dates (`YYYY-MM-DD`) and months (`YYYY-MM`) without time zones. Nothing here reads the
 * clock: the caller passes every date in.
 */

/** A civil date as a string `YYYY-MM-DD`. */
export type CivilDate = string;

export interface DateParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD`; returns null for anything that is not a real calendar date. */
export function parseCivilDate(text: string): DateParts | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCivilDate(text: string): boolean {
  return parseCivilDate(text) !== null;
}

/**
 * Age in whole years on the first day of `month` of `year`. A person born on the 1st of a month
 * has their birthday on that first day, so they have reached the new age on it.
 */
export function ageOnFirstOfMonth(birth: DateParts, year: number, month: number): number {
  const before = month < birth.month || (month === birth.month && birth.day > 1);
  return year - birth.year - (before ? 1 : 0);
}

/** Dutch long date: `1 januari 2026`. */
export function formatCivilDate(parts: DateParts): string {
  return `${parts.day} ${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
}

export const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
