import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eurocent,
  eurosToCents,
  formatCents,
  formatCentsIntl,
  formatMicrocents,
  formatMicrocentsAfgekapt,
  formatWholeEuros,
  isEuroAmount,
} from './money';

/** Intl may put a non-breaking (U+00A0) or narrow non-breaking (U+202F) space after the euro sign. */
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('eurosToCents', () => {
  it.each([
    [19000, 1_900_000],
    [0.1, 10],
    [0.01, 1],
    [0.29, 29],
    [1.15, 115],
    [4.35, 435],
    [1533.42, 153_342],
    [0, 0],
    [-12.34, -1234],
    [-0.5, -50],
  ])('%s euro → %s cent', (euros, cents) => {
    expect(eurosToCents(euros)).toBe(cents);
  });

  it.each([10.005, 0.001, 1.999, -0.005, 12.3456])(
    'throws a RangeError for %s (more than two decimals)',
    (euros) => {
      expect(() => eurosToCents(euros)).toThrow(RangeError);
      expect(() => eurosToCents(euros)).toThrow(/at most two decimals/);
    },
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('throws for %s', (euros) => {
    expect(() => eurosToCents(euros)).toThrow(RangeError);
  });

  it('round-trips any whole number of cents up to 10 million euros', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (cents) => {
        expect(eurosToCents(cents / 100)).toBe(cents);
        expect(isEuroAmount(cents / 100)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  // Regression: an absolute tolerance rejected valid large amounts, since
  // 134254903.05 · 100 = 13425490305.000002 in floating point.
  it('accepts large two-decimal amounts', () => {
    expect(eurosToCents(134_254_903.05)).toBe(13_425_490_305);
  });
});

describe('isEuroAmount', () => {
  it.each([0, 1, 0.1, 0.01, 19000, 1533.42, -3.25, 99999.99])('accepts %s', (euros) => {
    expect(isEuroAmount(euros)).toBe(true);
  });

  it.each([10.005, 0.001, 1 / 3, Math.PI, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'rejects %s',
    (euros) => {
      expect(isEuroAmount(euros)).toBe(false);
    },
  );

  it('agrees with eurosToCents: true exactly when it does not throw', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (x) => {
        let converts = true;
        try {
          eurosToCents(x);
        } catch {
          converts = false;
        }
        expect(isEuroAmount(x)).toBe(converts);
      }),
    );
  });
});

describe('formatCents', () => {
  it('formats in Dutch notation with a thousands dot and decimal comma', () => {
    expect(norm(formatCents(eurocent(153_342)))).toBe('€ 1.533,42');
    expect(norm(formatCents(eurocent(0)))).toBe('€ 0,00');
    expect(norm(formatCents(eurocent(5)))).toBe('€ 0,05');
    expect(norm(formatCents(eurocent(123_456_789)))).toBe('€ 1.234.567,89');
    expect(norm(formatCents(eurocent(1_900_000)))).toBe('€ 19.000,00');
  });

  it('shows a minus sign for negative amounts', () => {
    expect(norm(formatCents(eurocent(-153_342)))).toMatch(/^€ ?-1\.533,42$|^-€ ?1\.533,42$/);
  });
});

describe('formatWholeEuros', () => {
  it('drops ",00" for whole euros and keeps cents otherwise', () => {
    expect(norm(formatWholeEuros(eurocent(153_300)))).toBe('€ 1.533');
    expect(norm(formatWholeEuros(eurocent(153_342)))).toBe('€ 1.533,42');
    expect(norm(formatWholeEuros(eurocent(0)))).toBe('€ 0');
  });
});

describe('formatMicrocents', () => {
  it('rounds microcents half up to whole cents for display', () => {
    expect(norm(formatMicrocents(153_342_000_000))).toBe('€ 1.533,42');
    expect(norm(formatMicrocents(153_342_499_999))).toBe('€ 1.533,42');
    expect(norm(formatMicrocents(153_342_500_000))).toBe('€ 1.533,43');
    expect(norm(formatMicrocents(499_999))).toBe('€ 0,00');
    expect(norm(formatMicrocents(500_000))).toBe('€ 0,01');
  });
});

describe('formatCents by hand', () => {
  it('equals Intl.NumberFormat nl-NL for every whole number of cents', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
          fc.integer({ min: -1_000, max: 1_000 }),
        ),
        (c) => {
          expect(formatCents(eurocent(c))).toBe(formatCentsIntl(eurocent(c)));
        },
      ),
      { numRuns: 2_000 },
    );
    // (Far above any amount, cents / 100 in floating point loses the last cent in Intl; the hand path is exact.)
    for (const c of [0, -0, 5, -5, 99, 100, 99_999, 100_000, -123_456_789, 999_999_999_999_99])
      expect(formatCents(eurocent(c))).toBe(formatCentsIntl(eurocent(c)));
  });
});

describe('formatMicrocentsAfgekapt', () => {
  const norm = (s: string) => s.replace(/\u00a0/g, ' ');
  it('cuts to whole cents toward zero, so the cents round to euros as the exact value does', () => {
    expect(norm(formatMicrocentsAfgekapt(44_599_999_999))).toBe('€ 445,99');
    expect(norm(formatMicrocentsAfgekapt(44_600_000_000))).toBe('€ 446,00');
    expect(norm(formatMicrocentsAfgekapt(109_249_999_999))).toBe('€ 1.092,49');
    expect(norm(formatMicrocentsAfgekapt(-1_500_000))).toBe('€ -0,01');
  });
});
