import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Afronding } from '../regeling';
import { jaarbedrag, jaarbedragStabiel } from './jaarbedrag';

const AFRONDINGEN: Afronding[] = ['jaar-twaalfde-van-afgerond', 'jaar-twaalfde-omlaag', 'maand-omlaag'];
const microcent = fc.integer({ min: 0, max: 2_000_000 }).map((c) => c * 1_000_000 + (c % 7) * 125_000);

describe('jaarbedrag (Awir art. 14 lid 4 and 5)', () => {
  it('zorgtoeslag 2026 at € 35.000: 827,70 → 828 a year, 69 a month', () => {
    const out: number[] = [];
    expect(
      jaarbedrag(new Array(12).fill(82_770_000_000), 'jaar-twaalfde-van-afgerond', 2400, null, out),
    ).toBe(82_800);
    expect(out).toEqual(new Array(12).fill(6_900));
  });

  it('kindgebonden budget 5.975,94: 5.976 a year, 497 a month', () => {
    const out: number[] = [];
    expect(jaarbedrag(new Array(12).fill(597_594_000_000), 'jaar-twaalfde-omlaag', 2400, null, out)).toBe(
      597_600,
    );
    expect(out).toEqual(new Array(12).fill(49_700));
  });

  it('huurtoeslag: months rounded down, the year is their sum', () => {
    const out: number[] = [];
    const waarden = [...new Array(6).fill(19_748_000_000), ...new Array(6).fill(29_685_000_000)];
    expect(jaarbedrag(waarden, 'maand-omlaag', 2400, null, out)).toBe(6 * 19_700 + 6 * 29_600);
  });

  it('grants nothing below € 24 a year and € 24 exactly', () => {
    const out: number[] = [];
    expect(jaarbedrag(new Array(12).fill(2_349_000_000), 'jaar-twaalfde-van-afgerond', 2400, null, out)).toBe(
      0,
    );
    expect(out).toEqual(new Array(12).fill(0));
    expect(jaarbedrag(new Array(12).fill(2_354_000_000), 'jaar-twaalfde-van-afgerond', 2400, null, out)).toBe(
      2400,
    );
    expect(out).toEqual(new Array(12).fill(200));
  });

  it('the fast rule for a stable year equals the general rule', () => {
    fc.assert(
      fc.property(microcent, fc.constantFrom(...AFRONDINGEN), (v, afronding) => {
        const a: number[] = [];
        const b: number[] = [];
        expect(jaarbedragStabiel(v, afronding, 2400, a)).toBe(
          jaarbedrag(new Array(12).fill(v), afronding, 2400, null, b),
        );
        expect(a).toEqual(b);
      }),
    );
  });
});
