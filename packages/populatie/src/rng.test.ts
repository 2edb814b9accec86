import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meng32, Rng, uitPercentielen } from './rng';

function reeks(r: Rng, n: number): number[] {
  return Array.from({ length: n }, () => r.volgende());
}

describe('Rng', () => {
  it('is deterministic: the same seed parts give the same sequence (pinned)', () => {
    const r = new Rng(1, 2, 3);
    expect([r.volgende32(), r.volgende32(), r.volgende32()]).toEqual([2113013727, 3146689418, 772947354]);
    expect(reeks(new Rng(7, 8, 9), 50)).toEqual(reeks(new Rng(7, 8, 9), 50));
  });

  it('reseeding restarts the sequence', () => {
    const r = new Rng(5, 6);
    const eerst = reeks(r, 20);
    reeks(r, 1000);
    r.zaai(5, 6);
    expect(reeks(r, 20)).toEqual(eerst);
  });

  it('different seed parts give different sequences', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (seed, a, b) => {
        fc.pre(a !== b);
        expect(reeks(new Rng(seed, a), 4)).not.toEqual(reeks(new Rng(seed, b), 4));
      }),
      { numRuns: 500 },
    );
  });

  it('stays in range', () => {
    const r = new Rng(3);
    for (let i = 0; i < 10_000; i++) {
      const u = r.volgende();
      expect(u >= 0 && u < 1).toBe(true);
      const g = r.geheel(-3, 4);
      expect(Number.isInteger(g) && g >= -3 && g <= 4).toBe(true);
      const v = r.uniform(10, 20);
      expect(v >= 10 && v < 20).toBe(true);
    }
  });

  it('draws have the expected moments', () => {
    const r = new Rng(11);
    const n = 100_000;
    let som = 0;
    let kwadraten = 0;
    let kansen = 0;
    const keuzes = [0, 0, 0];
    const logs: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = r.normaal(5, 2);
      som += x;
      kwadraten += x * x;
      if (r.kans(0.3)) kansen++;
      keuzes[r.kies([1, 2, 7])]!++;
      logs.push(r.lognormaal(1000, 0.8));
    }
    const gem = som / n;
    expect(gem).toBeCloseTo(5, 1);
    expect(Math.sqrt(kwadraten / n - gem * gem)).toBeCloseTo(2, 1);
    expect(kansen / n).toBeCloseTo(0.3, 2);
    expect(keuzes.map((k) => k / n)).toEqual([
      expect.closeTo(0.1, 2),
      expect.closeTo(0.2, 2),
      expect.closeTo(0.7, 2),
    ]);
    logs.sort((a, b) => a - b);
    expect(logs[n / 2]! / 1000).toBeCloseTo(1, 1);
  });

  it('meng32 gives 32-bit unsigned integers', () => {
    fc.assert(
      fc.property(fc.integer(), (x) => {
        const h = meng32(x);
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
      }),
    );
  });
});

describe('uitPercentielen', () => {
  const punten = [
    [0.1, 100],
    [0.5, 300],
    [0.9, 1000],
  ] as const;

  it('passes through the points and interpolates linearly', () => {
    expect(uitPercentielen(punten, 0.1, 0, 2)).toBe(100);
    expect(uitPercentielen(punten, 0.5, 0, 2)).toBe(300);
    expect(uitPercentielen(punten, 0.9, 0, 2)).toBeCloseTo(1000, 9);
    expect(uitPercentielen(punten, 0.3, 0, 2)).toBeCloseTo(200, 9);
    expect(uitPercentielen(punten, 0.05, 0, 2)).toBeCloseTo(50, 9);
    expect(uitPercentielen(punten, 0, 20, 2)).toBe(20);
  });

  it('is increasing, with a Pareto tail above the last point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (a, b) => {
          fc.pre(a < b);
          expect(uitPercentielen(punten, a, 0, 2)).toBeLessThanOrEqual(uitPercentielen(punten, b, 0, 2));
        },
      ),
    );
    // P(X > x) = 0.1 · (x / 1000)^−2: at u = 0.975, x = 1000 · 2.
    expect(uitPercentielen(punten, 0.975, 0, 2)).toBeCloseTo(2000, 6);
  });

  it('the generator draws follow the percentiles', () => {
    const r = new Rng(99);
    const xs = Array.from({ length: 50_000 }, () => r.percentielen(punten, 0, 2)).sort((a, b) => a - b);
    expect(xs[5_000]! / 100).toBeCloseTo(1, 1);
    expect(xs[25_000]! / 300).toBeCloseTo(1, 1);
    expect(xs[45_000]! / 1000).toBeCloseTo(1, 1);
  });
});
