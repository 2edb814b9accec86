/** Dates and amounts as people type them, and the property that formatted amounts read back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesBedrag, leesDatum, leesUren } from './getallen';

describe('leesDatum', () => {
  it('reads Dutch and ISO notation', () => {
    expect(leesDatum('20-01-1996')).toBe('1996-01-20');
    expect(leesDatum(' 2-3-2020 ')).toBe('2020-03-02');
    expect(leesDatum('20/01/1996')).toBe('1996-01-20');
    expect(leesDatum('1996-01-20')).toBe('1996-01-20');
  });
  it('refuses dates that do not exist and other text', () => {
    expect(leesDatum('31-02-2020')).toBeNull();
    expect(leesDatum('29-02-2023')).toBeNull();
    expect(leesDatum('29-02-2024')).toBe('2024-02-29');
    expect(leesDatum('1996')).toBeNull();
    expect(leesDatum('')).toBeNull();
    expect(leesDatum('20-13-1996')).toBeNull();
  });
});

describe('leesBedrag', () => {
  it('reads Dutch notation', () => {
    expect(leesBedrag('24500')).toBe(24500);
    expect(leesBedrag('24.500')).toBe(24500);
    expect(leesBedrag('1.234.567,89')).toBe(1234567.89);
    expect(leesBedrag('€ 640,50')).toBe(640.5);
    expect(leesBedrag('640.5')).toBe(640.5);
    expect(leesBedrag('24 500')).toBe(24500);
    expect(leesBedrag('-1.000')).toBe(-1000);
  });
  it('refuses what is not an amount', () => {
    expect(leesBedrag('')).toBeNull();
    expect(leesBedrag('abc')).toBeNull();
    expect(leesBedrag('12,345')).toBeNull();
    expect(leesBedrag('1.2.3')).toBeNull();
    expect(leesBedrag('10,5,0')).toBeNull();
  });
  it('reads back any amount written in Dutch notation', () => {
    const nl = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (cents) => {
        expect(leesBedrag(nl.format(cents / 100))).toBe(cents / 100);
      }),
    );
  });
});

describe('leesUren', () => {
  it('reads hours with comma or dot', () => {
    expect(leesUren('96')).toBe(96);
    expect(leesUren('40,5')).toBe(40.5);
    expect(leesUren('-1')).toBeNull();
    expect(leesUren('veel')).toBeNull();
  });
});
