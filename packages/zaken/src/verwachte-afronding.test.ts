/**
 * The expected completion day of a case (issue 20): worked examples and the invariants — never
 * before today, never a weekend, later with more work before it, never later with more staff.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusWerkdagen, verwachteAfronding } from './verwachte-afronding';

const weekdag = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

describe('verwachteAfronding', () => {
  it('counts working days at five case hours per staff member a day', () => {
    // Thursday 2026-12-03; 2 staff = 10 hours a day.
    expect(verwachteAfronding(0.5, 2, '2026-12-03')).toBe('2026-12-03');
    expect(verwachteAfronding(10, 2, '2026-12-03')).toBe('2026-12-03');
    expect(verwachteAfronding(10.5, 2, '2026-12-03')).toBe('2026-12-04');
    // 21 hours = 3 working days: Thu, Fri, Mon.
    expect(verwachteAfronding(21, 2, '2026-12-03')).toBe('2026-12-07');
    // Asked on a Saturday: the first working day is Monday.
    expect(verwachteAfronding(1, 1, '2026-12-05')).toBe('2026-12-07');
  });

  it('has no date when the team has no staff, and refuses nonsense', () => {
    expect(verwachteAfronding(3, 0, '2026-12-03')).toBeUndefined();
    expect(() => verwachteAfronding(-1, 1, '2026-12-03')).toThrow(RangeError);
    expect(() => verwachteAfronding(Number.NaN, 1, '2026-12-03')).toThrow(RangeError);
    expect(() => verwachteAfronding(1, 1.5, '2026-12-03')).toThrow(RangeError);
    expect(() => plusWerkdagen('2026-13-01', 1)).toThrow(RangeError);
  });

  it('is never before today, never on a weekend, monotone in work and staff (property)', () => {
    let overWeekend = 0;
    let meerdereWeken = 0;
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 4000 }).map((x) => x / 4),
        fc.integer({ min: 0, max: 400 }).map((x) => x / 4),
        fc.integer({ min: 1, max: 12 }),
        (d, uren, extra, medewerkers) => {
          const vandaag = d.toISOString().slice(0, 10);
          const a = verwachteAfronding(uren, medewerkers, vandaag)!;
          expect(a >= vandaag).toBe(true);
          expect([0, 6]).not.toContain(weekdag(a));
          expect(verwachteAfronding(uren + extra, medewerkers, vandaag)! >= a).toBe(true);
          expect(verwachteAfronding(uren, medewerkers + 1, vandaag)! <= a).toBe(true);
          if (a > vandaag && weekdag(a) < weekdag(vandaag)) overWeekend++;
          if (Date.parse(a) - Date.parse(vandaag) > 14 * 86_400_000) meerdereWeken++;
        },
      ),
      { numRuns: 2000 },
    );
    console.log(
      `verwachteAfronding: ${overWeekend} of 2000 crossed a weekend, ${meerdereWeken} took over two weeks`,
    );
    expect(overWeekend).toBeGreaterThan(100);
    expect(meerdereWeken).toBeGreaterThan(100);
  });
});
