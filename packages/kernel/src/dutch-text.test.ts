import { describe, expect, it } from 'vitest';
import { formatDatesInText, formatNumber } from './dutch-text';

describe('formatNumber', () => {
  it('writes a decimal comma and groups only from 10.000, so years never get a dot', () => {
    expect(formatNumber(56.64)).toBe('56,64');
    expect(formatNumber(2025)).toBe('2025');
    expect(formatNumber(9999)).toBe('9999');
    expect(formatNumber(12_500)).toBe('12.500');
    expect(formatNumber(1_000_000)).toBe('1.000.000');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(-3)).toBe('-3');
  });
});

describe('formatDatesInText', () => {
  it('rewrites real ISO dates and leaves the rest', () => {
    expect(formatDatesInText('Regeling (geldt vanaf 2025-01-01)')).toBe(
      'Regeling (geldt vanaf 1 januari 2025)',
    );
    expect(formatDatesInText('van 2026-07-01 tot 2026-12-31')).toBe('van 1 juli 2026 tot 31 december 2026');
    expect(formatDatesInText('code 2025-02-30, Stb. 2025, 412')).toBe('code 2025-02-30, Stb. 2025, 412');
  });
});
