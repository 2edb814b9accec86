import { describe, expect, it } from 'vitest';
import { pasToe, rustigeInvoer } from '../testing/invoer';
import { SCHATTING_WIJKT_AF } from './schatting-wijkt-af';

const invoer = (geschatInkomen: number, vorigDefinitiefInkomen: number) =>
  rustigeInvoer({ geschatInkomen, vorigDefinitiefInkomen });

describe('SCHATTING_WIJKT_AF', () => {
  it('fires when the estimate is more than 25% and more than € 5,000 lower', () => {
    // 25% of € 40,000 = € 10,000: one cent more fires.
    const u = pasToe(SCHATTING_WIJKT_AF, invoer(2_999_999, 4_000_000));
    expect(u).toMatchObject({ code: 'SCHATTING_WIJKT_AF', prioriteit: 2 });
    expect(u?.toelichting).toContain('lager');
    expect(u?.toelichting).toContain('terugbetalen');
    expect(u?.bedrag).toBeUndefined();
  });

  it('does not fire at exactly 25%', () => {
    expect(pasToe(SCHATTING_WIJKT_AF, invoer(3_000_000, 4_000_000))).toBeNull();
  });

  it('also fires when the estimate is much higher (advance too low)', () => {
    const u = pasToe(SCHATTING_WIJKT_AF, invoer(5_000_001, 4_000_000));
    expect(u?.toelichting).toContain('hoger');
    expect(u?.toelichting).toContain('te weinig');
    expect(pasToe(SCHATTING_WIJKT_AF, invoer(5_000_000, 4_000_000))).toBeNull();
  });

  it('needs a gap of more than € 5,000 even when the share is large', () => {
    // € 10,000 → € 15,000: 50%, but the gap must exceed € 5,000.
    expect(pasToe(SCHATTING_WIJKT_AF, invoer(1_500_000, 1_000_000))).toBeNull();
    expect(pasToe(SCHATTING_WIJKT_AF, invoer(1_500_001, 1_000_000))).not.toBeNull();
  });

  it('compares with the absolute value of a negative last income', () => {
    expect(pasToe(SCHATTING_WIJKT_AF, invoer(500_001, -1_000_000))).not.toBeNull();
  });

  it('only in the advance run, and only when a last definitive income is known', () => {
    expect(pasToe(SCHATTING_WIJKT_AF, { ...invoer(0, 4_000_000), fase: 'definitief' })).toBeNull();
    expect(
      pasToe(SCHATTING_WIJKT_AF, { ...invoer(0, 4_000_000), vorigDefinitiefInkomen: undefined }),
    ).toBeNull();
  });
});
