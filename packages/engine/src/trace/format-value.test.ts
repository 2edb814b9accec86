import { describe, expect, it } from 'vitest';
import { formatValue } from './format-value';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatValue', () => {
  it('formats money, rates and booleans in Dutch', () => {
    expect(norm(formatValue('microcent', 53_857_500_000))).toBe('€ 538,58');
    expect(norm(formatValue('eurocent', 153_342))).toBe('€ 1.533,42');
    expect(formatValue('ppm', 18_960)).toBe('1,896%');
    expect(formatValue('boolean', true)).toBe('ja');
    expect(formatValue('boolean', false)).toBe('nee');
  });

  it('formats ages, hours, counts and numbers', () => {
    expect(formatValue('years', 18)).toBe('18 jaar');
    expect(formatValue('centihours', 12_345)).toBe('123,45 uur');
    expect(formatValue('centihours', 23_000)).toBe('230 uur');
    expect(formatValue('count', 3)).toBe('3');
    expect(formatValue('number', 1234.5)).toBe('1.234,5');
    expect(formatValue('number', 0.1234567)).toBe('0,123457');
  });

  it('formats text and tables', () => {
    expect(formatValue('text', 'dagopvang')).toBe('dagopvang');
    expect(formatValue('table', [{ a: 1 }])).toBe('tabel');
  });

  it('shows a dash for a missing value, whatever the unit', () => {
    for (const unit of [
      'microcent',
      'eurocent',
      'ppm',
      'boolean',
      'years',
      'number',
      'text',
      'table',
    ] as const) {
      expect(formatValue(unit, undefined)).toBe('—');
      expect(formatValue(unit, null)).toBe('—');
    }
  });
});
