import { describe, expect, it } from 'vitest';
import { hoursToCentihours } from './hours';
import { storedEurosToCents } from './money';

describe('conversions at the edge', () => {
  it('turns two-decimal euros into exact cents despite binary fractions', () => {
    expect(19.99 * 100).not.toBe(1999);
    expect(storedEurosToCents(19.99)).toBe(1999);
    expect(storedEurosToCents(1_573.42)).toBe(157_342);
    expect(storedEurosToCents(0)).toBe(0);
  });
  it('turns two-decimal hours into centiuren', () => {
    expect(hoursToCentihours(56.64)).toBe(5_664);
    expect(hoursToCentihours(0.29)).toBe(29);
  });
});
