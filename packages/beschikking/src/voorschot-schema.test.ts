import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nieuwSchema } from './voorschot-schema';

const niets = (): (number | null)[] => new Array<number | null>(12).fill(null);

describe('the advance schedule after a new advance (nieuwSchema)', () => {
  it('spreads a year amount over twelve open months in whole euros; the last month takes the rest', () => {
    expect(nieuwSchema(120_000, niets())).toEqual(new Array(12).fill(10_000));
    const s = nieuwSchema(100_000, niets());
    expect(s.slice(0, 11)).toEqual(new Array(11).fill(8_300));
    expect(s[11]).toBe(8_700);
  });

  it('keeps the months already paid and spreads what remains over the rest', () => {
    const betaald = niets();
    betaald[0] = betaald[1] = betaald[2] = 10_000;
    const s = nieuwSchema(60_000, betaald);
    expect(s.slice(0, 3)).toEqual([10_000, 10_000, 10_000]);
    expect(s.slice(3, 11)).toEqual(new Array(8).fill(3_300));
    expect(s[11]).toBe(3_600);
  });

  it('pays nothing more when more was paid than the new year amount (settled later)', () => {
    const betaald = niets();
    for (let m = 0; m < 6; m++) betaald[m] = 10_000;
    expect(nieuwSchema(30_000, betaald).slice(6)).toEqual(new Array(6).fill(0));
  });

  it('for any amount and payments: paid months unchanged, nothing negative, the total is the year amount or what was paid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: null }), {
          minLength: 12,
          maxLength: 12,
        }),
        (jaarbedrag, betaald) => {
          const s = nieuwSchema(jaarbedrag, betaald);
          const betaaldTotaal = betaald.reduce<number>((t, b) => t + (b ?? 0), 0);
          const open = betaald.filter((b) => b === null).length;
          betaald.forEach((b, i) => {
            if (b !== null) expect(s[i]).toBe(b);
            else expect(s[i]).toBeGreaterThanOrEqual(0);
          });
          const totaal = s.reduce((t, b) => t + b, 0);
          expect(totaal).toBe(open > 0 ? Math.max(jaarbedrag, betaaldTotaal) : betaaldTotaal);
        },
      ),
    );
  });
});
