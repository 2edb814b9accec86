import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpslaanbareTekst } from './tekst';

describe('isOpslaanbareTekst', () => {
  it('refuses NUL and lone surrogates, accepts every well-formed text without NUL (property)', () => {
    for (const slecht of ['\u0000', 'a\u0000', '\ud800', 'a\udfffb', '\udc00\ud800'])
      expect(isOpslaanbareTekst(slecht)).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(isOpslaanbareTekst(s)).toBe(!s.includes('\u0000'));
      }),
    );
    // Exactly the texts that survive a round trip through UTF-8 (and contain no NUL).
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const heel = Buffer.from(s, 'utf8').toString('utf8') === s;
        expect(isOpslaanbareTekst(s)).toBe(heel && !s.includes('\u0000'));
      }),
    );
  });
});
