import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floorDiv, roundHalfUpDiv } from './exact-division';

/** floor(num / den) in BigInt, for den > 0. */
function refFloor(num: bigint, den: bigint): bigint {
  const q = num / den; // truncates towards zero
  return num % den !== 0n && num < 0n ? q - 1n : q;
}

/** num / den rounded half towards +infinity, in BigInt, for den > 0. */
function refRoundHalfUp(num: bigint, den: bigint): bigint {
  return refFloor(2n * num + den, 2n * den);
}

const LIMIT_52 = 2 ** 52 - 1;
const num52 = fc.integer({ min: -LIMIT_52, max: LIMIT_52 });
const den = fc.integer({ min: 1, max: 1_000_000_000 });

describe('floorDiv', () => {
  it('matches the BigInt reference for |num| < 2^52 and den in 1..1e9', () => {
    fc.assert(
      fc.property(num52, den, (n, d) => {
        expect(floorDiv(n, d)).toBe(Number(refFloor(BigInt(n), BigInt(d))));
      }),
      { numRuns: 5000 },
    );
  });

  it('matches the BigInt reference for |num| < 2^53 (the documented range)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), den, (n, d) => {
        expect(floorDiv(n, d)).toBe(Number(refFloor(BigInt(n), BigInt(d))));
      }),
      { numRuns: 5000 },
    );
  });

  it('is exact at the top of the safe-integer range', () => {
    expect(floorDiv(9007199254740991, 3)).toBe(3002399751580330);
    expect(floorDiv(9007199254740990, 3)).toBe(3002399751580330);
    expect(floorDiv(9007199254740989, 3)).toBe(3002399751580329);
    expect(floorDiv(-9007199254740991, 2)).toBe(-4503599627370496);
    expect(floorDiv(9007199254740991, 1)).toBe(9007199254740991);
  });

  it('floors towards minus infinity for negative numerators', () => {
    expect(floorDiv(7, 2)).toBe(3);
    expect(floorDiv(-7, 2)).toBe(-4);
    expect(floorDiv(-8, 2)).toBe(-4);
    expect(floorDiv(-1, 1_000_000_000)).toBe(-1);
    expect(floorDiv(0, 17)).toBe(0);
  });

  it('satisfies q·den ≤ num < (q+1)·den (checked in BigInt)', () => {
    fc.assert(
      fc.property(num52, den, (n, d) => {
        const q = BigInt(floorDiv(n, d));
        const N = BigInt(n);
        const D = BigInt(d);
        expect(q * D <= N).toBe(true);
        expect(N < (q + 1n) * D).toBe(true);
      }),
    );
  });
});

describe('roundHalfUpDiv', () => {
  it('matches the BigInt reference for random |num| < 2^52 and den in 1..1e9', () => {
    fc.assert(
      fc.property(num52, den, (n, d) => {
        expect(roundHalfUpDiv(n, d)).toBe(Number(refRoundHalfUp(BigInt(n), BigInt(d))));
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds exact halves up (towards +infinity)', () => {
    expect(roundHalfUpDiv(250, 100)).toBe(3);
    expect(roundHalfUpDiv(-250, 100)).toBe(-2);
    expect(roundHalfUpDiv(50, 100)).toBe(1);
    expect(roundHalfUpDiv(-50, 100)).toBe(0);
    expect(roundHalfUpDiv(1, 2)).toBe(1);
    expect(roundHalfUpDiv(-1, 2)).toBe(0);
    expect(roundHalfUpDiv(3, 2)).toBe(2);
    expect(roundHalfUpDiv(-3, 2)).toBe(-1);
  });

  it('rounds just below and just above a half correctly', () => {
    expect(roundHalfUpDiv(249, 100)).toBe(2);
    expect(roundHalfUpDiv(251, 100)).toBe(3);
    expect(roundHalfUpDiv(-249, 100)).toBe(-2);
    expect(roundHalfUpDiv(-251, 100)).toBe(-3);
    // 1_000_000 microcent per cent: 1.4999995 cents → 1, 1.5 cents → 2.
    expect(roundHalfUpDiv(1_499_999, 1_000_000)).toBe(1);
    expect(roundHalfUpDiv(1_500_000, 1_000_000)).toBe(2);
  });

  it('rounds exact halves up for random multiples (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 500_000 }), (k, half) => {
        const d = 2 * half;
        // (k + 0.5) · d = k·d + half
        expect(roundHalfUpDiv(k * d + half, d)).toBe(k + 1);
      }),
    );
  });

  it('returns the quotient unchanged when the division is exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4_000_000, max: 4_000_000 }), den, (q, d) => {
        expect(roundHalfUpDiv(q * d, d)).toBe(q);
      }),
    );
  });

  // Regression: an earlier version formed 2·num + den, which passes 2^53 when num is close to
  // 2^52. 4503599627370493 / 9 = 500399958596721.44… must round to …721.
  it('is exact for num just below 2^52', () => {
    expect(roundHalfUpDiv(4503599627370493, 9)).toBe(500399958596721);
  });
});
