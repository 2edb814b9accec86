import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidBsn, redactBsn } from './bsn';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/** Independent reference for the 11-proef on exactly nine digits. */
function elfProef(nine: string): boolean {
  const sum = [...nine].reduce((acc, d, i) => acc + WEIGHTS[i]! * Number(d), 0);
  return sum % 11 === 0 && nine !== '000000000';
}

const digit = fc.integer({ min: 0, max: 9 });
const eightDigits = fc.array(digit, { minLength: 8, maxLength: 8 }).map((ds) => ds.join(''));

/** The check digit that makes `prefix` pass, or null when no digit 0-9 does. */
function checkDigit(prefix: string): number | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(prefix[i]);
  const d = sum % 11;
  return d <= 9 && `${prefix}${d}` !== '000000000' ? d : null;
}

const validBsn = eightDigits.filter((p) => checkDigit(p) !== null).map((p) => `${p}${checkDigit(p)}`);

describe('isValidBsn', () => {
  it.each(['123456782', '999992351', '999999230', '111222333', '100000009'])(
    'accepts the valid BSN %s',
    (bsn) => {
      expect(isValidBsn(bsn)).toBe(true);
    },
  );

  it.each(['123456789', '999992350', '999999231', '111222334', '100000000'])(
    'rejects %s (fails the 11-proef)',
    (bsn) => {
      expect(isValidBsn(bsn)).toBe(false);
    },
  );

  it('rejects all zeros even though the weighted sum is 0', () => {
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('00000000')).toBe(false);
  });

  it.each([
    '',
    '1',
    '1234567',
    '1234567820',
    '12345678200',
    '12345678a',
    'abcdefghi',
    ' 123456782',
    '123456782 ',
    '123 456 782',
    '12345678.',
    '-12345678',
    '+23456782',
    '１２３４５６７８２',
    '123456782\n',
  ])('rejects %j (wrong length or not only digits)', (text) => {
    expect(isValidBsn(text)).toBe(false);
  });

  it('treats an 8-digit number as the 9-digit number with a leading zero', () => {
    fc.assert(
      fc.property(eightDigits, (eight) => {
        expect(isValidBsn(eight)).toBe(isValidBsn(`0${eight}`));
      }),
    );
    // 012345672 passes: 9·0+8·1+7·2+6·3+5·4+4·5+3·6+2·7−2 = 110.
    expect(isValidBsn('12345672')).toBe(true);
    expect(isValidBsn('012345672')).toBe(true);
  });

  it('agrees with an independent implementation of the 11-proef on random 9-digit strings', () => {
    fc.assert(
      fc.property(fc.array(digit, { minLength: 9, maxLength: 9 }), (ds) => {
        const bsn = ds.join('');
        expect(isValidBsn(bsn)).toBe(elfProef(bsn));
      }),
      { numRuns: 2000 },
    );
  });

  it('for any 8 digits, exactly one last digit or none makes a valid BSN', () => {
    fc.assert(
      fc.property(eightDigits, (prefix) => {
        const passing = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => isValidBsn(`${prefix}${d}`));
        expect(passing.length).toBeLessThanOrEqual(1);
        const expected = checkDigit(prefix);
        expect(passing).toEqual(expected === null ? [] : [expected]);
      }),
      { numRuns: 2000 },
    );
  });

  it('has prefixes for which no last digit works (check digit would be 10)', () => {
    // 00000005: 2·5 = 10, so the last digit would have to be 10.
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].some((d) => isValidBsn(`00000005${d}`))).toBe(false);
  });

  it('changing any single digit of a valid BSN makes it invalid', () => {
    fc.assert(
      fc.property(
        validBsn,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (bsn, position, shift) => {
          expect(isValidBsn(bsn)).toBe(true);
          const changed = (Number(bsn[position]) + shift) % 10;
          const mutated = `${bsn.slice(0, position)}${changed}${bsn.slice(position + 1)}`;
          expect(mutated).not.toBe(bsn);
          expect(isValidBsn(mutated)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('redactBsn', () => {
  it('shows only the last four digits', () => {
    expect(redactBsn('123456782')).toBe('*****6782');
    expect(redactBsn('999992351')).toBe('*****2351');
  });

  it('never contains the first five digits of a 9-digit BSN', () => {
    fc.assert(
      fc.property(validBsn, (bsn) => {
        const shown = redactBsn(bsn);
        expect(shown).toHaveLength(9);
        expect(shown.slice(0, 5)).toBe('*****');
        expect(shown.slice(5)).toBe(bsn.slice(5));
        expect(shown.replace(/\*/g, '')).toHaveLength(4);
      }),
    );
  });
});
