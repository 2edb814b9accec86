import { describe, expect, it } from 'vitest';
import { termijnWaarschuwing, werkdagenTot } from './termijn-waarschuwing';

describe('termijnWaarschuwing', () => {
  // 2026-12-04 is a Friday.
  const vrijdag = '2026-12-04';

  it('counts only Monday to Friday', () => {
    expect(werkdagenTot(vrijdag, '2026-12-07')).toBe(1); // Saturday, Sunday, Monday
    expect(werkdagenTot(vrijdag, '2026-12-08')).toBe(2);
    expect(werkdagenTot(vrijdag, vrijdag)).toBe(0);
    expect(werkdagenTot(vrijdag, '2026-12-01')).toBe(0);
  });

  it('warns on the due day and up to two working days before, over a weekend', () => {
    expect(termijnWaarschuwing(vrijdag, 'open', vrijdag)).toBe('bijna');
    expect(termijnWaarschuwing('2026-12-08', 'in-behandeling', vrijdag)).toBe('bijna'); // Tuesday
    expect(termijnWaarschuwing('2026-12-09', 'open', vrijdag)).toBeUndefined(); // Wednesday: 3 days
  });

  it('says late after the due day, and nothing for a closed case', () => {
    expect(termijnWaarschuwing('2026-12-03', 'open', vrijdag)).toBe('te-laat');
    expect(termijnWaarschuwing('2026-12-03', 'afgerond', vrijdag)).toBeUndefined();
    expect(termijnWaarschuwing(vrijdag, 'afgerond', vrijdag)).toBeUndefined();
  });
});
