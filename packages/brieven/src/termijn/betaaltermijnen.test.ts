import { describe, expect, it } from 'vitest';
import { uiterlijkeNabetaling, uiterlijkeTerugbetaling } from './betaaltermijnen';

describe('payment terms of a definitive calculation', () => {
  it('a back-payment within four weeks, a recovery within six, across a year end', () => {
    expect(uiterlijkeNabetaling('2026-07-01')).toBe('2026-07-29');
    expect(uiterlijkeTerugbetaling('2026-07-01')).toBe('2026-08-12');
    expect(uiterlijkeTerugbetaling('2026-12-04')).toBe('2027-01-15');
  });
  it('does not move a last day on a weekend or feestdag (Awir art. 28 lid 3)', () => {
    // 2026-11-14 is a Saturday; 42 days later is Saturday 2026-12-26, Tweede Kerstdag.
    expect(uiterlijkeTerugbetaling('2026-11-14')).toBe('2026-12-26');
  });
});
