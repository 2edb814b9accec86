import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invorderingsrente } from './rente';

describe('invorderingsrente', () => {
  it('a full year at 4% and 4.3%, and a period across the turn of the year', () => {
    expect(invorderingsrente(100_000, '2025-01-01', '2025-12-31')).toEqual({
      bedrag: 4_000,
      delen: [{ jaar: 2025, dagen: 365, tarief: 400 }],
    });
    expect(invorderingsrente(100_000, '2026-01-01', '2026-12-31').bedrag).toBe(4_300);
    const r = invorderingsrente(365_000, '2025-12-31', '2026-01-01');
    expect(r.delen.map((d) => d.dagen)).toEqual([1, 1]);
    expect(r.bedrag).toBe(Math.floor(40 + 43));
  });

  it('nil before it starts; a year without a cited rate is refused', () => {
    expect(invorderingsrente(100_000, '2026-02-01', '2026-01-31')).toEqual({ bedrag: 0, delen: [] });
    expect(() => invorderingsrente(100_000, '2023-12-31', '2024-01-01')).toThrow(RangeError);
  });

  it('never negative, never more than the full-year rate, and grows with the days (property)', () => {
    let overJaargrens = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 60 }),
        (bedrag, start, extra) => {
          const dag = (n: number) =>
            new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
          const van = dag(start);
          const kort = invorderingsrente(bedrag, van, dag(start + extra));
          const lang = invorderingsrente(bedrag, van, dag(start + extra + 30));
          expect(kort.bedrag).toBeGreaterThanOrEqual(0);
          expect(lang.bedrag).toBeGreaterThanOrEqual(kort.bedrag);
          expect(kort.bedrag).toBeLessThanOrEqual(Math.ceil((bedrag * 430 * (extra + 1)) / (10_000 * 365)));
          if (kort.delen.length > 1) overJaargrens++;
        },
      ),
      { numRuns: 1_000 },
    );
    console.log(`invorderingsrente: ${overJaargrens} of 1000 periods crossed a year boundary`);
    expect(overJaargrens).toBeGreaterThan(0);
  });
});
