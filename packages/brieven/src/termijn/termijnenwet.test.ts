import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feestdagen } from './feestdagen';
import { hersteltermijn } from './hersteltermijn';
import { dagnummer, dagnummerVan, uitDagnummer, weekdag } from './kalender';
import { eindVolgensTermijnenwet, geenWerkdag } from './termijnenwet';
import { termijnstand } from './termijnstand';

const dag = fc.integer({ min: dagnummer(2015, 1, 1), max: dagnummer(2099, 12, 20) });

describe('Algemene termijnenwet art. 1 lid 1', () => {
  it('leaves a working day alone and moves any other day to the first working day after it', () => {
    const gezien = { werkdag: 0, verschoven: 0, feestdag: 0 };
    fc.assert(
      fc.property(dag, (n) => {
        const t = eindVolgensTermijnenwet(n);
        if (t.dag === n) gezien.werkdag++;
        else gezien.verschoven++;
        if (t.verlengdOmdat && !/zaterdag|zondag/.test(t.verlengdOmdat.split(', ')[0]!)) gezien.feestdag++;
        expect(geenWerkdag(t.dag)).toBeUndefined();
        for (let d = n; d < t.dag; d++) expect(geenWerkdag(d)).toBeDefined();
        // At most five days: Goede Vrijdag, the weekend, tweede Paasdag and Koningsdag in 2038.
        expect(t.dag - n).toBeLessThanOrEqual(5);
        expect(t.verlengdOmdat === undefined).toBe(t.dag === n);
      }),
      { numRuns: 3000 },
    );
    console.log('termijnenwet: cases', gezien);
    expect(gezien.verschoven).toBeGreaterThan(0);
    expect(gezien.feestdag).toBeGreaterThan(0);
  });
  it('knows the longest run: Christmas on a Friday gives Monday 28 December', () => {
    expect(uitDagnummer(eindVolgensTermijnenwet(dagnummerVan('2026-12-25')).dag)).toBe('2026-12-28');
    expect(eindVolgensTermijnenwet(dagnummerVan('2026-12-25')).verlengdOmdat).toBe(
      'eerste Kerstdag, tweede Kerstdag, zondag',
    );
    // 2027: Christmas on a Saturday, Boxing Day on a Sunday.
    expect(uitDagnummer(eindVolgensTermijnenwet(dagnummerVan('2027-12-25')).dag)).toBe('2027-12-27');
  });
  it('knows the longest run of all: Easter 2038 runs into Koningsdag (five days)', () => {
    const t = eindVolgensTermijnenwet(dagnummerVan('2038-04-23'));
    expect(uitDagnummer(t.dag)).toBe('2038-04-28');
    expect(t.verlengdOmdat).toBe('Goede Vrijdag, zaterdag, zondag, tweede Paasdag, Koningsdag');
  });
  it('treats a leap day as an ordinary day', () => {
    expect(geenWerkdag(dagnummerVan('2028-02-29'))).toBeUndefined(); // a Tuesday
    expect(weekdag(dagnummerVan('2032-02-29'))).toBe(0);
    expect(uitDagnummer(eindVolgensTermijnenwet(dagnummerVan('2032-02-29')).dag)).toBe('2032-03-01');
    expect(feestdagen(2028).length).toBe(9);
  });
});

describe('hersteltermijn (Awb 6:6, length a parameter to confirm)', () => {
  it('gives four weeks, ended on a working day', () => {
    expect(hersteltermijn('2026-03-02')).toBe('2026-03-30');
    expect(hersteltermijn('2026-03-30')).toBe('2026-04-28'); // 27 April is Koningsdag
  });
});

describe('termijnstand', () => {
  it('warns within seven days and says when the day passed', () => {
    expect(termijnstand('2026-03-20', '2026-03-01')).toEqual({ stand: 'ruim', dagenOver: 19 });
    expect(termijnstand('2026-03-20', '2026-03-13')).toEqual({ stand: 'binnenkort', dagenOver: 7 });
    expect(termijnstand('2026-03-20', '2026-03-20')).toEqual({ stand: 'vandaag', dagenOver: 0 });
    expect(termijnstand('2026-03-20', '2026-03-21')).toEqual({ stand: 'verlopen', dagenOver: -1 });
  });
});
