import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vereffen } from './vereffening';

describe('vereffening (Awir art. 24, 26, 26a)', () => {
  it('pays a back-payment in full', () => {
    expect(vereffen(120_000, 130_000, 12_100)).toMatchObject({
      uitkomst: 'nabetaling',
      teBetalen: 10_000,
      terugTeVorderen: 0,
    });
  });
  it('does not collect a recovery up to the doelmatigheidsgrens, and collects one cent more', () => {
    expect(vereffen(130_000, 117_900, 12_100)).toMatchObject({
      uitkomst: 'niet-ingevorderd',
      terugTeVorderen: 0,
      verschil: -12_100,
    });
    expect(vereffen(130_000, 117_899, 12_100)).toMatchObject({
      uitkomst: 'terugvordering',
      terugTeVorderen: 12_101,
    });
  });
  it('settles nothing when advance and definitive amount are equal', () => {
    expect(vereffen(50_000, 50_000, 12_100).uitkomst).toBe('geen');
  });
  it('always balances: advance + back-payment − (recovery + not collected) = definitive', () => {
    fc.assert(
      fc.property(fc.nat(5_000_000), fc.nat(5_000_000), fc.nat(20_000), (v, d, g) => {
        const r = vereffen(v, d, g);
        const nietGeind = r.uitkomst === 'niet-ingevorderd' ? -r.verschil : 0;
        expect(v + r.teBetalen - r.terugTeVorderen - nietGeind).toBe(d);
        expect(r.teBetalen >= 0 && r.terugTeVorderen >= 0).toBe(true);
      }),
    );
  });
});
