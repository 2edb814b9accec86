/**
 * Nobody counts in a year before they are born (Awir art. 5): a child or co-resident counts from the
 * month after birth, or from the month of birth when born on the 1st; a birth after the year is
 * refused with a message that names the field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitrairHuishouden } from '../testing/arbitraries';
import { maandenOpEersteDag, vanafGeboorte } from './maanden';
import { normaliseer } from './normaliseer';
import { parseHuishouden } from './parse-huishouden';

const basis = {
  berekeningsjaar: 2026,
  aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 20000 },
};

/** First month (0–11) whose first day is on or after the birth date; 12 when none in the year. */
function eersteMaandNaGeboorte(geboortedatum: string, jaar: number): number {
  for (let m = 0; m < 12; m++) {
    if (geboortedatum <= `${jaar}-${String(m + 1).padStart(2, '0')}-01`) return m;
  }
  return 12;
}

describe('birth dates', () => {
  it('a child born on the 15th counts from the next month, one born on the 1st from that month', () => {
    expect(maandenOpEersteDag(2026, vanafGeboorte('2026-06-15'))).toBe(0b111111000000);
    expect(maandenOpEersteDag(2026, vanafGeboorte('2026-06-01'))).toBe(0b111111100000);
    expect(maandenOpEersteDag(2026, vanafGeboorte('2026-06-15', '2026-03-01'))).toBe(0b111111000000);
    expect(maandenOpEersteDag(2026, vanafGeboorte('2020-06-15', '2026-03-01'))).toBe(0b111111111100);
  });

  it('refuses a birth date after the year for every person, naming the field', () => {
    const r = parseHuishouden({
      ...basis,
      toeslagpartner: { geboortedatum: '2027-02-01', toetsingsinkomen: 0 },
      kinderen: [{ geboortedatum: '2020-01-01' }, { geboortedatum: '2027-01-05' }],
      medebewoners: [{ geboortedatum: '2028-01-01', toetsingsinkomen: 0 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paden = r.problems.map((p) => p.path);
    expect(paden).toEqual(
      expect.arrayContaining([
        'toeslagpartner.geboortedatum',
        'kinderen[1].geboortedatum',
        'medebewoners[0].geboortedatum',
      ]),
    );
    expect(paden).not.toContain('kinderen[0].geboortedatum');
    expect(r.problems.find((p) => p.path === 'kinderen[1].geboortedatum')?.message).toContain(
      'ligt na het berekeningsjaar 2026',
    );
  });

  it('no child or co-resident counts in a month before its birth (generated households)', () => {
    let geborenInHetJaar = 0;
    fc.assert(
      fc.property(arbitrairHuishouden, (h) => {
        const p = parseHuishouden(h);
        if (!p.ok) throw new Error(JSON.stringify(p.problems));
        const s = normaliseer(p.huishouden);
        const personen = [...p.huishouden.kinderen, ...p.huishouden.medebewoners];
        const masks = [...s.kinderen.map((k) => k.maanden), ...s.medebewoners.map((m) => m.maanden)];
        personen.forEach((persoon, i) => {
          const eerste = eersteMaandNaGeboorte(persoon.geboortedatum, s.jaar);
          if (eerste > 0) geborenInHetJaar++;
          expect(masks[i]! & ((1 << eerste) - 1)).toBe(0);
        });
      }),
      { numRuns: 300 },
    );
    console.log(`birth property: ${geborenInHetJaar} persons born during the year (of 300 households)`);
    expect(geborenInHetJaar).toBeGreaterThan(20);
  });
});
