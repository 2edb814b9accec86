import { describe, expect, it } from 'vitest';
import { feestdagen, paaszondag } from './feestdagen';
import { uitDagnummer } from './kalender';

const datums = (jaar: number) => feestdagen(jaar).map((f) => `${uitDagnummer(f.dag)} ${f.naam}`);

describe('feestdagen (Algemene termijnenwet art. 3)', () => {
  it('computes Easter for known years', () => {
    expect(uitDagnummer(paaszondag(2024))).toBe('2024-03-31');
    expect(uitDagnummer(paaszondag(2025))).toBe('2025-04-20');
    expect(uitDagnummer(paaszondag(2026))).toBe('2026-04-05');
    expect(uitDagnummer(paaszondag(2038))).toBe('2038-04-25');
  });
  it('lists the days of 2026', () => {
    expect(datums(2026)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-03 Goede Vrijdag',
      '2026-04-06 tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-25 tweede Pinksterdag',
      '2026-12-25 eerste Kerstdag',
      '2026-12-26 tweede Kerstdag',
    ]);
  });
  it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
    expect(datums(2025)).toContain('2025-04-26 Koningsdag');
    expect(datums(2031)).toContain('2031-04-26 Koningsdag');
    expect(datums(2030)).toContain('2030-04-27 Koningsdag');
  });
  it('refuses years with another Koningsdag rule', () => {
    expect(() => feestdagen(2013)).toThrow(RangeError);
  });
});
