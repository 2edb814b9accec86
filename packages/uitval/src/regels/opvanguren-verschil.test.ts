import { describe, expect, it } from 'vitest';
import { pasToe, rustigeInvoer } from '../testing/invoer';
import { OPVANGUREN_VERSCHIL } from './opvanguren-verschil';

/** Parent and provider hours in March (centihours); the other months agree. */
const maart = (ouder: number, aanbieder: number | null) => {
  const opvangUrenOuder = Array<number>(12).fill(10_000);
  const opvangUrenAanbieder = Array<number | null>(12).fill(10_000);
  opvangUrenOuder[2] = ouder;
  opvangUrenAanbieder[2] = aanbieder;
  return rustigeInvoer({ opvangUrenOuder, opvangUrenAanbieder });
};

describe('OPVANGUREN_VERSCHIL', () => {
  it('fires when a month differs by more than 10% (and more than 8 hours)', () => {
    // Parent 100 hours, 10% = 10 hours: 10 hours and 1 centihour fewer fires.
    const u = pasToe(OPVANGUREN_VERSCHIL, maart(10_000, 8_999));
    expect(u).toMatchObject({ code: 'OPVANGUREN_VERSCHIL', prioriteit: 2 });
    expect(u?.toelichting).toContain('maart (ouder 100 uur, opvang 89,99 uur)');
    expect(u?.toelichting).toContain('geen bewijs');
  });

  it('does not fire at exactly 10%', () => {
    expect(pasToe(OPVANGUREN_VERSCHIL, maart(10_000, 9_000))).toBeNull();
  });

  it('needs more than 8 hours even when the share is large', () => {
    // Parent 50 hours, 10% = 5 hours; the 8 hours decide.
    expect(pasToe(OPVANGUREN_VERSCHIL, maart(5_000, 5_800))).toBeNull();
    expect(pasToe(OPVANGUREN_VERSCHIL, maart(5_000, 5_801))).not.toBeNull();
    expect(pasToe(OPVANGUREN_VERSCHIL, maart(5_000, 4_100))).not.toBeNull();
    expect(pasToe(OPVANGUREN_VERSCHIL, maart(5_000, 4_200))).toBeNull();
  });

  it('fires when the provider reports hours the parent did not claim', () => {
    expect(pasToe(OPVANGUREN_VERSCHIL, maart(0, 801))).not.toBeNull();
    expect(pasToe(OPVANGUREN_VERSCHIL, maart(0, 800))).toBeNull();
  });

  it('skips months without a provider report', () => {
    expect(pasToe(OPVANGUREN_VERSCHIL, maart(10_000, null))).toBeNull();
  });

  it('names every month that differs', () => {
    const invoer = maart(10_000, 5_000);
    invoer.opvangUrenAanbieder[10] = 20_000;
    expect(pasToe(OPVANGUREN_VERSCHIL, invoer)?.toelichting).toMatch(/maart .* en november/);
  });
});
