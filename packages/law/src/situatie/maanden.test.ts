import { describe, expect, it } from 'vitest';
import { dagenInPeriode, opvangCentiurenPerMaand } from './maanden';

describe('childcare in part of a month', () => {
  it('counts the days a contract runs in a month; `tot` is the first day it no longer runs', () => {
    expect(dagenInPeriode(2026, 5, '2026-06-15')).toBe(16);
    expect(dagenInPeriode(2026, 2, undefined, '2026-03-11')).toBe(10);
    expect(dagenInPeriode(2028, 1, '2028-02-15')).toBe(15); // leap year: 29 days
    expect(dagenInPeriode(2026, 6, '2026-06-15')).toBe(31);
    expect(dagenInPeriode(2026, 4, '2026-06-15')).toBe(0);
  });

  it('scales the hours of a month covered in part, and keeps whole months whole', () => {
    const uren = opvangCentiurenPerMaand(2026, 10_000, '2026-06-15', '2026-09-11')!;
    expect(uren).toEqual([0, 0, 0, 0, 0, 5_333, 10_000, 10_000, 3_333, 0, 0, 0]);
  });

  it('gives nothing extra when every month is whole', () => {
    expect(opvangCentiurenPerMaand(2026, 10_000)).toBeUndefined();
    expect(opvangCentiurenPerMaand(2026, 10_000, '2026-03-01', '2026-05-01')).toBeUndefined();
    expect(opvangCentiurenPerMaand(2026, 10_000, '2025-06-15', '2027-01-01')).toBeUndefined();
  });
});
