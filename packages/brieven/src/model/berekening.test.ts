/** The appendix repeats the law package's own explanation: its rows, depth, order and articles. */
import { describe, expect, it } from 'vitest';
import { berekening } from '../testing/voorbeelden';
import { berekeningUitResultaat, grondslagUitBerekening, regelsUitUitleg } from './berekening';

const zorg = berekening(2026, 26_000).find((t) => t.regeling === 'zorgtoeslag')!;
const wortel = zorg.perioden[0]!.uitleg;

describe('the calculation appendix', () => {
  it('starts with the outcome and keeps the sentence, value and article of each step', () => {
    const regels = regelsUitUitleg(wortel);
    expect(regels[0]).toMatchObject({
      niveau: 0,
      onderdeel: wortel.label,
      waarde: wortel.display,
      uitleg: wortel.uitleg,
      wet: { citaat: wortel.law.citation, url: wortel.law.url },
    });
    expect(regels.map((r) => r.onderdeel)).toContain('Normpremie');
  });

  it('goes as deep as asked and lists each step once', () => {
    expect(regelsUitUitleg(wortel, { maxNiveau: 0 })).toHaveLength(1);
    const diep = regelsUitUitleg(wortel, { maxNiveau: 9 });
    expect(Math.max(...diep.map((r) => r.niveau))).toBeGreaterThan(2);
    const labels = diep.map((r) => `${r.onderdeel}|${r.waarde}`);
    expect(new Set(labels).size).toBe(labels.length);
    expect(regelsUitUitleg(wortel, { maxNiveau: 9, zonderParameters: true }).length).toBeLessThan(
      diep.length,
    );
  });

  it('has a part per run of months and one from months to the year, and its articles as the basis', () => {
    const delen = berekeningUitResultaat(zorg);
    expect(delen.map((d) => d.titel)).toEqual([
      'Zorgtoeslag in januari tot en met december',
      'Zorgtoeslag: van maanden naar het jaar',
    ]);
    const basis = grondslagUitBerekening(delen).map((w) => w.citaat);
    expect(basis).toContain('Wet op de zorgtoeslag, artikel 2, lid 1');
    expect(basis).toContain('Algemene wet inkomensafhankelijke regelingen, artikel 14, lid 4');
    expect(new Set(basis).size).toBe(basis.length);
  });
});
