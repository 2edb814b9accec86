import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPpm, PPM_WHOLE, percentToPpm } from './rate';

describe('percentToPpm', () => {
  it.each([
    [1.896, 18_960],
    [13.73, 137_300],
    [96, 960_000],
    [100, PPM_WHOLE],
    [0, 0],
    [0.0001, 1],
    [6.68, 66_800],
    [2.68, 26_800],
    [0.4, 4000],
  ])('%s%% → %s ppm', (percent, ppm) => {
    expect(percentToPpm(percent)).toBe(ppm);
  });

  it.each([1.23456, 0.00001, 13.737373, 1 / 3])('throws for %s (more than four decimals)', (percent) => {
    expect(() => percentToPpm(percent)).toThrow(RangeError);
    expect(() => percentToPpm(percent)).toThrow(/parts per million/);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('throws for %s', (percent) => {
    expect(() => percentToPpm(percent)).toThrow(RangeError);
  });

  it('round-trips integer ppm through ppm / 10000', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (ppm) => {
        expect(percentToPpm(ppm / 10_000)).toBe(ppm);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('formatPpm', () => {
  it('formats ppm as a Dutch percentage with up to four decimals', () => {
    expect(formatPpm(18_960)).toBe('1,896%');
    expect(formatPpm(137_300)).toBe('13,73%');
    expect(formatPpm(960_000)).toBe('96%');
    expect(formatPpm(1)).toBe('0,0001%');
    expect(formatPpm(0)).toBe('0%');
  });
});
