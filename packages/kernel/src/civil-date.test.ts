import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOnFirstOfMonth,
  type DateParts,
  daysInMonth,
  formatCivilDate,
  isCivilDate,
  isLeapYear,
  MONTH_NAMES,
  parseCivilDate,
} from './civil-date';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** A real calendar date, generated through the JS Date in UTC (independent of civil-date.ts). */
const realDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d): DateParts => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

describe('isLeapYear / daysInMonth', () => {
  it('follows the Gregorian rules', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2025)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('agrees with the JS Date for every month 1900-2100', () => {
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) {
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }
    }
  });
});

describe('parseCivilDate', () => {
  it('accepts real dates and returns their parts', () => {
    expect(parseCivilDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCivilDate('2026-01-01')).toEqual({ year: 2026, month: 1, day: 1 });
    expect(parseCivilDate('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parseCivilDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '2025-1-01',
    '2025-01-1',
    '25-01-01',
    '2025/01/01',
    '2025-01-01T00:00:00Z',
    ' 2025-01-01',
    '2025-01-01 ',
    '',
    'abcd-ef-gh',
  ])('rejects %j', (text) => {
    expect(parseCivilDate(text)).toBeNull();
    expect(isCivilDate(text)).toBe(false);
  });

  it('accepts every real date and rejects day = daysInMonth + 1 (property)', () => {
    fc.assert(
      fc.property(realDate, ({ year, month, day }) => {
        expect(parseCivilDate(iso(year, month, day))).toEqual({ year, month, day });
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(isCivilDate(iso(year, month, last))).toBe(true);
        expect(isCivilDate(iso(year, month, last + 1))).toBe(false);
      }),
    );
  });
});

describe('ageOnFirstOfMonth', () => {
  it('counts the birthday month only when born on the 1st', () => {
    const born15 = { year: 2008, month: 3, day: 15 };
    expect(ageOnFirstOfMonth(born15, 2026, 2)).toBe(17);
    expect(ageOnFirstOfMonth(born15, 2026, 3)).toBe(17);
    expect(ageOnFirstOfMonth(born15, 2026, 4)).toBe(18);

    const born1 = { year: 2008, month: 3, day: 1 };
    expect(ageOnFirstOfMonth(born1, 2026, 2)).toBe(17);
    expect(ageOnFirstOfMonth(born1, 2026, 3)).toBe(18);
  });

  it('handles a 29 February birthday and a birth on 31 December', () => {
    const leap = { year: 2008, month: 2, day: 29 };
    expect(ageOnFirstOfMonth(leap, 2026, 2)).toBe(17);
    expect(ageOnFirstOfMonth(leap, 2026, 3)).toBe(18);
    const dec31 = { year: 2007, month: 12, day: 31 };
    expect(ageOnFirstOfMonth(dec31, 2025, 12)).toBe(17);
    expect(ageOnFirstOfMonth(dec31, 2026, 1)).toBe(18);
  });

  it('is 0 on the first of the month after birth', () => {
    expect(ageOnFirstOfMonth({ year: 2026, month: 1, day: 15 }, 2026, 2)).toBe(0);
    expect(ageOnFirstOfMonth({ year: 2026, month: 1, day: 1 }, 2026, 1)).toBe(0);
  });

  it('equals the number of birthdays on or before the 1st of the month (string comparison reference)', () => {
    fc.assert(
      fc.property(
        realDate,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 12 }),
        (birth, years, month) => {
          const year = birth.year + years;
          const on = iso(year, month, 1);
          const birthdayThisYear = iso(year, birth.month, birth.day);
          const expected = years - (birthdayThisYear <= on ? 0 : 1);
          expect(ageOnFirstOfMonth(birth, year, month)).toBe(expected);
        },
      ),
    );
  });

  it('never decreases month over month and grows by exactly 1 over 12 months', () => {
    fc.assert(
      fc.property(
        realDate,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 12 }),
        (birth, years, month) => {
          const year = birth.year + years;
          const age = ageOnFirstOfMonth(birth, year, month);
          const nextYear = month === 12 ? year + 1 : year;
          const nextMonth = month === 12 ? 1 : month + 1;
          const next = ageOnFirstOfMonth(birth, nextYear, nextMonth);
          expect(next - age === 0 || next - age === 1).toBe(true);
          expect(ageOnFirstOfMonth(birth, year + 1, month)).toBe(age + 1);
        },
      ),
    );
  });
});

describe('formatCivilDate', () => {
  it('writes a Dutch long date', () => {
    expect(formatCivilDate({ year: 2026, month: 1, day: 1 })).toBe('1 januari 2026');
    expect(formatCivilDate({ year: 2024, month: 2, day: 29 })).toBe('29 februari 2024');
    expect(formatCivilDate({ year: 2025, month: 12, day: 31 })).toBe('31 december 2025');
    expect(MONTH_NAMES).toHaveLength(12);
  });
});
