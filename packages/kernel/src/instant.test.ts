import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateOfInstant, isInstant } from './instant';

describe('isInstant', () => {
  it.each([
    ['2026-12-04T10:15:30.123Z', true],
    ['2024-02-29T00:00:00.000Z', true],
    ['2025-02-29T00:00:00.000Z', false],
    ['2026-12-04T10:15:30Z', false],
    ['2026-12-04T10:15:30.123+01:00', false],
    ['2026-12-04', false],
    ['2026-12-04T24:00:00.000Z', false],
  ])('%s → %s', (text, verwacht) => {
    expect(isInstant(text)).toBe(verwacht);
  });

  it('compares as strings in the same order as in time', () => {
    const moment = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(moment, moment, (a, b) => {
        const x = new Date(a).toISOString();
        const y = new Date(b).toISOString();
        expect(isInstant(x) && isInstant(y)).toBe(true);
        expect(x < y).toBe(a < b);
      }),
    );
  });

  it('gives the civil date of an instant', () => {
    expect(civilDateOfInstant('2026-12-04T23:30:00.000Z')).toBe('2026-12-04');
  });
});
