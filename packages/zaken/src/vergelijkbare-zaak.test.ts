import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bedragenUitToelichting, MARGE_BEDRAG, relatiefVerschil, vergelijkZaak } from './vergelijkbare-zaak';

const basis = {
  regeling: 'huurtoeslag',
  jaar: 2026,
  redenen: ['HOGE_TERUGVORDERING'],
  bedragen: { HOGE_TERUGVORDERING: 200_000 },
};

describe('vergelijkZaak', () => {
  it('lists a case with the same regeling, year, rule and an amount within the margin, with the reasons', () => {
    const v = vergelijkZaak(basis, {
      regeling: null,
      jaar: 2026,
      redenen: ['HOGE_TERUGVORDERING', 'INKOMEN_SPRONG'],
      bedragen: { HOGE_TERUGVORDERING: 240_000 },
    });
    expect(v.vergelijkbaar).toBe(true);
    expect(v.redenen).toEqual([
      { soort: 'regeling', ok: true, basis: 'huurtoeslag', zaak: null },
      { soort: 'jaar', ok: true, basis: 2026, zaak: 2026 },
      { soort: 'regel', ok: true, code: 'HOGE_TERUGVORDERING' },
      {
        soort: 'bedrag',
        ok: true,
        code: 'HOGE_TERUGVORDERING',
        basis: 200_000,
        zaak: 240_000,
        verschil: 0.167,
      },
    ]);
  });

  it('leaves out a case with the same reason code but a very different amount (the 248-case list)', () => {
    const v = vergelijkZaak(basis, {
      regeling: null,
      jaar: 2026,
      redenen: ['HOGE_TERUGVORDERING'],
      bedragen: { HOGE_TERUGVORDERING: 900_000 },
    });
    expect(v.vergelijkbaar).toBe(false);
    expect(v.redenen.find((r) => r.soort === 'bedrag')).toMatchObject({ ok: false, verschil: 0.778 });
  });

  it('leaves out another regeling, another year, a missing rule, and a rule without an amount', () => {
    const zaak = {
      regeling: null,
      jaar: 2026,
      redenen: ['HOGE_TERUGVORDERING'],
      bedragen: { HOGE_TERUGVORDERING: 200_000 },
    };
    expect(vergelijkZaak(basis, { ...zaak, regeling: 'zorgtoeslag' }).vergelijkbaar).toBe(false);
    expect(vergelijkZaak(basis, { ...zaak, jaar: 2025 }).vergelijkbaar).toBe(false);
    expect(vergelijkZaak(basis, { ...zaak, redenen: ['INKOMEN_SPRONG'] }).vergelijkbaar).toBe(false);
    expect(vergelijkZaak(basis, { ...zaak, bedragen: {} }).vergelijkbaar).toBe(false);
    expect(vergelijkZaak({ ...basis, redenen: [] }, zaak).vergelijkbaar).toBe(false);
  });

  it('is comparable exactly when every reason holds, and amounts within the margin both ways (property)', () => {
    let vergelijkbaar = 0;
    let nietVergelijkbaar = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom('huurtoeslag', 'zorgtoeslag', null),
        (a, b, regeling) => {
          const links = { ...basis, bedragen: { HOGE_TERUGVORDERING: a } };
          const zaak = {
            regeling,
            jaar: 2026,
            redenen: ['HOGE_TERUGVORDERING'],
            bedragen: { HOGE_TERUGVORDERING: b },
          };
          const v = vergelijkZaak(links, zaak);
          expect(v.vergelijkbaar).toBe(v.redenen.every((r) => r.ok));
          const verwacht = regeling !== 'zorgtoeslag' && relatiefVerschil(a, b) <= MARGE_BEDRAG;
          expect(v.vergelijkbaar).toBe(verwacht);
          // Symmetric in the amounts.
          const omgekeerd = vergelijkZaak(
            { ...links, bedragen: { HOGE_TERUGVORDERING: b } },
            { ...zaak, bedragen: { HOGE_TERUGVORDERING: a } },
          );
          expect(omgekeerd.vergelijkbaar).toBe(v.vergelijkbaar);
          if (v.vergelijkbaar) vergelijkbaar++;
          else nietVergelijkbaar++;
        },
      ),
      { numRuns: 500 },
    );
    console.log(`vergelijkZaak: ${vergelijkbaar} comparable, ${nietVergelijkbaar} not comparable of 500`);
    expect(vergelijkbaar).toBeGreaterThan(10);
    expect(nietVergelijkbaar).toBeGreaterThan(10);
  });
});

describe('bedragenUitToelichting', () => {
  it('reads the amount per rule and skips anything else', () => {
    expect(
      bedragenUitToelichting([
        { code: 'A', toelichting: 'x', bedrag: 100 },
        { code: 'B', toelichting: 'y' },
        { code: 'C', bedrag: 1.5 },
        'rommel',
        null,
      ]),
    ).toEqual({ A: 100 });
    expect(bedragenUitToelichting({ telefoon: '0612345678' })).toEqual({});
  });
});
