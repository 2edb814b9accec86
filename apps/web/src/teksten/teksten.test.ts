/** The citizen catalogue passes the B1 lint (`controleerB1` in the kernel), and `t()` fills placeholders. */
import { controleerB1 } from '@regelmaat/kernel';
import { describe, expect, it } from 'vitest';
import { burgerCatalogus, t } from './index';

describe('the citizen texts', () => {
  it('pass the B1 lint', () => {
    expect(controleerB1(burgerCatalogus)).toEqual([]);
  });
});

describe('t()', () => {
  it('fills placeholders and refuses a missing value', () => {
    expect(t('uitkomst.perMaand', { bedrag: '€ 131' })).toBe('€ 131 per maand');
    expect(() => t('uitkomst.perMaand')).toThrow(/bedrag/);
  });
});
