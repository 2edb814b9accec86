/** Dutch notation of amounts and dates, including the summer/winter time shift. */
import { describe, expect, it } from 'vitest';
import { datum, datumsInTekst, euro, euroCenten, getal, maandNaam, moment, uren } from './opmaak';
import { t } from './teksten';

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

  it('writes numbers with a decimal comma, and years without a thousands dot', () => {
    expect(getal(56.64)).toBe('56,64');
    expect(uren(56.64)).toBe('56,64 uur');
    expect(getal(2025)).toBe('2025');
    expect(getal(12_500)).toBe('12.500');
    expect(getal(1234.5)).toBe('1.234,5');
    expect(getal(-3)).toBe('-3');
  });

  it('fills a number into a text the Dutch way', () => {
    expect(t('wijziging.kindOpvangNu', { uren: 56.64 })).toBe('(nu 56,64 uur opvang per maand)');
    expect(t('uitkomst.intro', { jaar: 2025 })).toContain('voor 2025.');
  });

  it('rewrites ISO dates inside a text, and only real ones', () => {
    expect(datumsInTekst('Regeling 2026 (geldt vanaf 2025-01-01)')).toBe(
      'Regeling 2026 (geldt vanaf 1 januari 2025)',
    );
    expect(datumsInTekst('van 2026-07-01 tot 2026-12-31')).toBe('van 1 juli 2026 tot 31 december 2026');
    expect(datumsInTekst('code 2025-02-30 blijft')).toBe('code 2025-02-30 blijft');
  });
});
