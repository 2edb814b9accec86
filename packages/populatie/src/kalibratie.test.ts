import { describe, expect, it } from 'vitest';
import { genereerPopulatie } from './genereer';
import { formatRapport, kalibratieRapport } from './kalibratie';

describe('kalibratieRapport', () => {
  it('50,000 households, seed 1, 2026: every recipient count and total within ±25% of the published figure', () => {
    const r = kalibratieRapport(genereerPopulatie(1, 2026, 50_000), 2026);
    expect(r.steekproef).toBe(50_000);
    expect(r.ongeldig).toBe(0);
    expect(r.toeslagen.map((t) => t.regeling)).toEqual([
      'zorgtoeslag',
      'huurtoeslag',
      'kindgebonden_budget',
      'kinderopvangtoeslag',
    ]);
    for (const t of r.toeslagen) {
      expect(Math.abs(t.afwijkingOntvangers), `${t.naam} ontvangers ${t.ontvangers}`).toBeLessThanOrEqual(
        0.25,
      );
      expect(Math.abs(t.afwijkingUitgaven), `${t.naam} uitgaven ${t.uitgaven}`).toBeLessThanOrEqual(0.25);
    }
    for (const t of r.typen) expect(Math.abs(t.aandeel - t.gepubliceerd), t.type).toBeLessThan(0.01);
    const tekst = formatRapport(r);
    expect(tekst).toContain('berekeningsjaar 2026, 50.000 huishoudens');
    for (const naam of [
      'Zorgtoeslag',
      'Huurtoeslag',
      'Kindgebonden budget',
      'Kinderopvangtoeslag',
      '[S41]',
      '[S45]',
    ])
      expect(tekst).toContain(naam);
  }, 60_000);

  it('2025: kinderopvangtoeslag is computed on the reconstructed table, not reported as n.b.', () => {
    const r = kalibratieRapport(genereerPopulatie(1, 2025, 2_000), 2025);
    const kot = r.toeslagen.find((t) => t.regeling === 'kinderopvangtoeslag')!;
    expect(kot.nietBerekenbaar).toBe(0);
    expect(kot.steekproefOntvangers).toBeGreaterThan(0);
    expect(formatRapport(r)).not.toMatch(/Kinderopvangtoeslag\s+n\.b\./);
  });

  it('counts households whose estimate is for another year as invalid', () => {
    const r = kalibratieRapport(genereerPopulatie(1, 2026, 10), 2025);
    expect(r.ongeldig).toBe(10);
    expect(formatRapport(r)).toContain('ongeldige invoer');
  });
});
