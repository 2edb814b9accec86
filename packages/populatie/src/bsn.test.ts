import { isValidBsn } from '@regelmaat/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BSN_CAPACITEIT, BSN_PER_BLOK, syntheticBsn, syntheticBsnIndex } from './bsn';

const index = fc.integer({ min: 0, max: BSN_CAPACITEIT - 1 });

describe('syntheticBsn', () => {
  it('gives nine digits that pass the 11-proef, for every index', () => {
    fc.assert(
      fc.property(index, (i) => {
        const bsn = syntheticBsn(i);
        expect(bsn).toMatch(/^\d{9}$/);
        expect(isValidBsn(bsn)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('covers at least 50 million indices', () => {
    expect(BSN_CAPACITEIT).toBeGreaterThanOrEqual(50_000_000);
    expect(isValidBsn(syntheticBsn(BSN_CAPACITEIT - 1))).toBe(true);
  });

  it('starts with 9 for the first 9 million indices, then 8, 7, …', () => {
    expect(syntheticBsn(0)[0]).toBe('9');
    expect(syntheticBsn(BSN_PER_BLOK - 1)[0]).toBe('9');
    expect(syntheticBsn(BSN_PER_BLOK)[0]).toBe('8');
    expect(syntheticBsn(BSN_CAPACITEIT - 1)[0]).toBe('4');
  });

  it('is injective: the index can be read back from the number', () => {
    fc.assert(
      fc.property(index, (i) => {
        expect(syntheticBsnIndex(syntheticBsn(i))).toBe(i);
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives distinct numbers for a contiguous range (exhaustive over 300,000 indices)', () => {
    const gezien = new Set<string>();
    for (let i = 0; i < 300_000; i++) gezien.add(syntheticBsn(i));
    expect(gezien.size).toBe(300_000);
  });

  it('is a fixed mapping (pinned values)', () => {
    expect([0, 1, 9, 1_234_567, 9_000_000, 53_999_999].map(syntheticBsn)).toEqual([
      '927182907',
      '927182919',
      '901050611',
      '955062718',
      '827182909',
      '453315288',
    ]);
  });

  it('refuses indices outside the range', () => {
    expect(() => syntheticBsn(-1)).toThrow(RangeError);
    expect(() => syntheticBsn(BSN_CAPACITEIT)).toThrow(RangeError);
    expect(() => syntheticBsn(1.5)).toThrow(RangeError);
  });

  it('reads back null for numbers that are not synthetic', () => {
    expect(syntheticBsnIndex('123456782')).toBeNull(); // valid BSN, leading digit 1
    expect(syntheticBsnIndex('12345')).toBeNull();
    const bsn = syntheticBsn(77);
    const fout = `${bsn.slice(0, 8)}${(Number(bsn[8]) + 1) % 10}`;
    expect(syntheticBsnIndex(fout)).toBeNull();
  });
});
