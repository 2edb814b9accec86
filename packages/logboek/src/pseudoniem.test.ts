import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opgeslagenActorId } from './log-verwerking';
import { pseudoniem } from './pseudoniem';

const SLEUTEL = 'pseudonimiseringssleutel-voor-tests-32+';

/** 9-digit strings that pass the 11-proef. */
const bsnArb = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((c) => {
    const som = c.reduce((s, d, i) => s + (9 - i) * d, 0);
    return { c, laatste: som % 11 };
  })
  .filter(({ c, laatste }) => laatste < 10 && c.some((d) => d > 0))
  .map(({ c, laatste }) => `${c.join('')}${laatste}`);

describe('pseudonyms of BSNs', () => {
  it('are stable, 64 hex characters, and never contain the BSN (property)', () => {
    fc.assert(
      fc.property(bsnArb, (bsn) => {
        const p = pseudoniem(bsn, SLEUTEL);
        expect(p).toMatch(/^[0-9a-f]{64}$/);
        expect(p).toBe(pseudoniem(bsn, SLEUTEL));
        expect(p).not.toBe(pseudoniem(bsn, `${SLEUTEL}!`));
      }),
    );
  });

  it('differ for different BSNs (property)', () => {
    fc.assert(
      fc.property(bsnArb, bsnArb, (a, b) => {
        fc.pre(a !== b);
        expect(pseudoniem(a, SLEUTEL)).not.toBe(pseudoniem(b, SLEUTEL));
      }),
    );
  });

  it('treat an 8-digit BSN as the same person as its 9-digit form', () => {
    expect(pseudoniem('12345672', SLEUTEL)).toBe(pseudoniem('012345672', SLEUTEL));
  });

  it('refuse a BSN that fails the 11-proef and a short key', () => {
    expect(() => pseudoniem('123456789', SLEUTEL)).toThrow(/11-proef/);
    expect(() => pseudoniem('111222333', 'kort')).toThrow(/te kort/);
  });

  it('replace an actor id with a BSN in it by a pseudonym, and keep other ids', () => {
    expect(opgeslagenActorId({ id: '111222333', rol: 'burger' }, SLEUTEL)).toBe(
      `pseudoniem:${pseudoniem('111222333', SLEUTEL)}`,
    );
    expect(opgeslagenActorId({ id: 'burger-111222333', rol: 'burger' }, SLEUTEL)).toMatch(
      /^pseudoniem:[0-9a-f]{64}$/,
    );
    expect(opgeslagenActorId({ id: '123456789', rol: 'behandelaar' }, SLEUTEL)).toMatch(/^pseudoniem:/);
    expect(opgeslagenActorId({ id: 'burger-3fa9c01b', rol: 'burger' }, SLEUTEL)).toBe('burger-3fa9c01b');
    expect(opgeslagenActorId({ id: 'm-behandelaar-1', rol: 'behandelaar' }, SLEUTEL)).toBe('m-behandelaar-1');
  });
});
