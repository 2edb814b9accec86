import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dagnummer, dagnummerVan, uitDagnummer, weekdag } from './kalender';

describe('kalender', () => {
  it('counts days like Date.UTC and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(uitDagnummer(n)).toBe(iso);
        expect(dagnummerVan(iso)).toBe(n);
      }),
    );
  });
  it('knows the weekday', () => {
    expect(weekdag(dagnummer(2026, 1, 15))).toBe(4); // donderdag
    expect(weekdag(dagnummer(1970, 1, 1))).toBe(4);
    expect(weekdag(dagnummer(2026, 3, 1))).toBe(0); // zondag
  });
  it('refuses a date that does not exist, naming it', () => {
    expect(() => dagnummerVan('2026-02-29')).toThrow('"2026-02-29" is geen geldige datum');
  });
});
