/** Dutch notation of amounts and dates, including the summer/winter time shift. */
import { describe, expect, it } from 'vitest';
import { datum, euro, euroCenten, maandNaam, moment } from './opmaak';

const s = (x: string) => x.replace(/\u00a0/g, ' ');

describe('opmaak', () => {
  it('writes amounts in Dutch notation', () => {
    expect(s(euro(123_400))).toBe('€ 1.234');
    expect(s(euro(64_050))).toBe('€ 640,50');
    expect(s(euroCenten(123_400))).toBe('€ 1.234,00');
  });

  it('writes civil dates and timestamps the Dutch way, in local time', () => {
    expect(datum('2026-03-15')).toBe('15 maart 2026');
    expect(datum('2026-12-01T22:30:00Z')).toBe('1 december 2026');
    // Half past midnight in Amsterdam is still the day before in UTC: the Dutch date counts.
    expect(datum('2026-12-01T23:30:00Z')).toBe('2 december 2026');
    expect(datum('2026-06-30T22:15:00.000Z')).toBe('1 juli 2026');
    expect(datum('geen datum')).toBe('geen datum');
    expect(moment('2026-03-15T10:00:00.000Z')).toBe('15 maart 2026, 11:00');
    expect(moment('2026-07-01T22:30:00Z')).toBe('2 juli 2026, 00:30');
    expect(maandNaam(4)).toBe('april');
  });
});
