import { describe, expect, it } from 'vitest';
import type { UitvalInvoer } from '../invoer';
import { bedragen, gewoon, pasToe, rustigeInvoer } from '../testing/invoer';
import { VERMOGEN_RAND } from './vermogen-rand';

const invoer = (vermogen: number, vermogensgrens: number, over: Partial<UitvalInvoer> = {}) =>
  rustigeInvoer({ vermogen, vermogensgrens, ...over });

describe('VERMOGEN_RAND', () => {
  it('fires from exactly 95% of the limit', () => {
    const u = pasToe(VERMOGEN_RAND, invoer(9_500_000, 10_000_000));
    expect(u).toMatchObject({ code: 'VERMOGEN_RAND', prioriteit: 4 });
    expect(gewoon(u?.toelichting)).toContain('nog € 5.000,00 ruimte');
    expect(pasToe(VERMOGEN_RAND, invoer(9_499_999, 10_000_000))).toBeNull();
  });

  it('fires at the limit itself, not one cent above it (then there is no right at all)', () => {
    expect(pasToe(VERMOGEN_RAND, invoer(10_000_000, 10_000_000))).not.toBeNull();
    expect(pasToe(VERMOGEN_RAND, invoer(10_000_001, 10_000_000))).toBeNull();
  });

  it('is exact when 95% of the limit is not a whole cent', () => {
    // 95% of 101 cents = 95.95 cents.
    expect(pasToe(VERMOGEN_RAND, invoer(96, 101))).not.toBeNull();
    expect(pasToe(VERMOGEN_RAND, invoer(95, 101))).toBeNull();
  });

  it('only in the advance run, and only with an advance for a toeslag with an asset test', () => {
    expect(pasToe(VERMOGEN_RAND, invoer(9_800_000, 10_000_000, { fase: 'definitief' }))).toBeNull();
    const alleenKot = { voorschot: bedragen({ kinderopvangtoeslag: 800_000 }) };
    expect(pasToe(VERMOGEN_RAND, invoer(9_800_000, 10_000_000, alleenKot))).toBeNull();
    const kgb = { voorschot: bedragen({ kindgebonden_budget: 1 }) };
    expect(pasToe(VERMOGEN_RAND, invoer(9_800_000, 10_000_000, kgb))).not.toBeNull();
  });

  it('does nothing without a limit', () => {
    expect(pasToe(VERMOGEN_RAND, invoer(0, 0))).toBeNull();
  });
});
