/** The citizen catalogue passes the B1 lint, and the lint itself catches what it should. */
import { describe, expect, it } from 'vitest';
import { controleerB1, woorden, zinnen } from './b1-lint';
import { burgerCatalogus, t } from './index';

describe('B1 lint', () => {
  it('finds no problem in the citizen texts', () => {
    expect(controleerB1(burgerCatalogus)).toEqual([]);
  });

  it('flags a sentence longer than 20 words', () => {
    const lang =
      'U kunt dit formulier gebruiken als u wilt weten hoeveel toeslag u ongeveer kunt krijgen in het jaar dat nu begint of later.';
    expect(woorden(lang)).toBeGreaterThan(20);
    expect(controleerB1({ lang })).toEqual([{ key: 'lang', probleem: expect.stringContaining('woorden') }]);
  });

  it('flags jargon without an explanation, and accepts it with one in brackets', () => {
    expect(controleerB1({ a: 'Uw toetsingsinkomen is te hoog.' })).toHaveLength(1);
    expect(controleerB1({ a: 'Uw toetsingsinkomen (uw inkomen voor de belasting) is te hoog.' })).toEqual([]);
    expect(controleerB1({ a: 'Wij hebben reeds betaald.' })).toHaveLength(1);
    // Part of a longer word is not the jargon word.
    expect(controleerB1({ a: 'Dit is een voorreeds.' })).toEqual([]);
  });

  it('splits sentences at the end marks', () => {
    expect(zinnen('Eén. Twee! Drie? Vier')).toEqual(['Eén.', 'Twee!', 'Drie?', 'Vier']);
  });
});

describe('t()', () => {
  it('fills placeholders and refuses a missing value', () => {
    expect(t('uitkomst.perMaand', { bedrag: '€ 131' })).toBe('€ 131 per maand');
    expect(() => t('uitkomst.perMaand')).toThrow(/bedrag/);
  });
});
