/**
 * @module
 * Day arithmetic on civil dates (`YYYY-MM-DD`) without time zones: a date as a day number, the
 * weekday, adding days. Pure; nothing here reads the clock.
 */
import { type CivilDate, parseCivilDate } from '@regelmaat/kernel';

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dagnummer(jaar: number, maand: number, dag: number): number {
  const y = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (maand + (maand > 2 ? -3 : 9)) + 2) / 5) + dag - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (the inverse of `dagnummer`). */
export function uitDagnummer(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  const jaar = yoe + era * 400 + (maand <= 2 ? 1 : 0);
  return `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** The day number of a civil date; throws a RangeError naming the text when it is not a real date. */
export function dagnummerVan(datum: CivilDate): number {
  const d = parseCivilDate(datum);
  if (!d) throw new RangeError(`"${datum}" is geen geldige datum (JJJJ-MM-DD)`);
  return dagnummer(d.year, d.month, d.day);
}

/** 0 = zondag … 6 = zaterdag. */
export function weekdag(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export const WEEKDAGEN = [
  'zondag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
] as const;
