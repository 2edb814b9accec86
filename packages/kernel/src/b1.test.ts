/** The B1 lint catches what it should: long sentences and unexplained jargon. */
import { describe, expect, it } from 'vitest';
import { controleerB1, woorden, zinnen } from './b1';

describe('B1 lint', () => {
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
