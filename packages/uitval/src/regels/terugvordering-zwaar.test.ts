import { describe, expect, it } from 'vitest';
import { bedragen, pasToe, rustigeInvoer } from '../testing/invoer';
import { kleineTerugvorderingsgrens, TERUGVORDERING_ZWAAR } from './terugvordering-zwaar';

const invoer = (terug: number, definitiefInkomen: number, jaar = 2026) =>
  rustigeInvoer({
    jaar,
    fase: 'definitief',
    voorschot: bedragen({ zorgtoeslag: 500_000 }),
    definitief: bedragen({ zorgtoeslag: 500_000 - terug }),
    definitiefInkomen,
  });

describe('TERUGVORDERING_ZWAAR', () => {
  it('fires one cent above 10% of the definitive income', () => {
    const u = pasToe(TERUGVORDERING_ZWAAR, invoer(100_001, 1_000_000));
    expect(u).toMatchObject({ code: 'TERUGVORDERING_ZWAAR', prioriteit: 1, bedrag: 100_001 });
    expect(u?.toelichting).toContain('10%');
  });

  it('does not fire at exactly 10%', () => {
    expect(pasToe(TERUGVORDERING_ZWAAR, invoer(100_000, 1_000_000))).toBeNull();
  });

  it('leaves out recoveries that Awir art. 26a does not recover (€ 121 in 2026, € 118 in 2025)', () => {
    expect(pasToe(TERUGVORDERING_ZWAAR, invoer(12_100, 0))).toBeNull();
    expect(pasToe(TERUGVORDERING_ZWAAR, invoer(12_101, 0))?.bedrag).toBe(12_101);
    expect(pasToe(TERUGVORDERING_ZWAAR, invoer(11_800, 0, 2025))).toBeNull();
    expect(pasToe(TERUGVORDERING_ZWAAR, invoer(11_801, 0, 2025))?.bedrag).toBe(11_801);
  });

  it('counts a negative income as nil', () => {
    expect(pasToe(TERUGVORDERING_ZWAAR, invoer(20_000, -5_000_000))).not.toBeNull();
  });

  it('takes the art. 26a amount of the nearest earlier known year', () => {
    expect(kleineTerugvorderingsgrens(2025)).toBe(11_800);
    expect(kleineTerugvorderingsgrens(2027)).toBe(12_100);
    expect(kleineTerugvorderingsgrens(2020)).toBe(11_800);
  });

  it('needs the definitive run, amounts and income', () => {
    const i = invoer(400_000, 1_000_000);
    expect(pasToe(TERUGVORDERING_ZWAAR, { ...i, fase: 'voorschot' })).toBeNull();
    expect(pasToe(TERUGVORDERING_ZWAAR, { ...i, definitiefInkomen: undefined })).toBeNull();
    expect(pasToe(TERUGVORDERING_ZWAAR, { ...i, definitief: undefined })).toBeNull();
  });
});
