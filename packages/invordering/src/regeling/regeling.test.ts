/**
 * Plan arithmetic, by example and by property: the capacity never takes the protected minimum and is
 * never negative; every schedule adds up to the debt; the standard plan keeps to 24 months and € 20.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BESLAGVRIJE_VOET, KOSTEN_VAN_BESTAAN, STANDAARDREGELING } from './parameters';
import {
  betalingscapaciteit,
  type Draagkracht,
  persoonlijkeRegeling,
  plusMaanden,
  standaardRegeling,
} from './regeling';

const bedrag = (max: number) => fc.integer({ min: 0, max });
const draagkracht = fc.record<Draagkracht>({
  leefsituatie: fc.constantFrom('alleen', 'samen'),
  inkomen: bedrag(800_000),
  woonlasten: bedrag(200_000),
  zorgkosten: bedrag(60_000),
  overigeLasten: bedrag(100_000),
});

describe('capacity to pay', () => {
  it('leaves the costs of living after fixed costs, and the beslagvrije voet', () => {
    const c = betalingscapaciteit({
      leefsituatie: 'alleen',
      inkomen: 250_000,
      woonlasten: 70_000,
      zorgkosten: 15_000,
      overigeLasten: 0,
    });
    expect(c.capaciteit).toBe(250_000 - 70_000 - 15_000 - 115_600);
    expect(
      betalingscapaciteit({
        leefsituatie: 'samen',
        inkomen: 150_000,
        woonlasten: 0,
        zorgkosten: 0,
        overigeLasten: 0,
      }).capaciteit,
    ).toBe(0);
  });

  it('is never negative and never takes the protected minimum (property)', () => {
    let nul = 0;
    let voetBindt = 0;
    fc.assert(
      fc.property(draagkracht, (d) => {
        const c = betalingscapaciteit(d);
        expect(c.capaciteit).toBeGreaterThanOrEqual(0);
        if (c.capaciteit === 0) nul++;
        else {
          expect(d.inkomen - c.capaciteit).toBeGreaterThanOrEqual(BESLAGVRIJE_VOET[d.leefsituatie]);
          expect(
            d.inkomen - d.woonlasten - d.zorgkosten - d.overigeLasten - c.capaciteit,
          ).toBeGreaterThanOrEqual(KOSTEN_VAN_BESTAAN[d.leefsituatie]);
        }
        if (c.capaciteit > 0 && d.inkomen - c.capaciteit === BESLAGVRIJE_VOET[d.leefsituatie]) voetBindt++;
      }),
      { numRuns: 2_000 },
    );
    console.log(
      `capacity: ${nul} of 2000 cases had no capacity, ${voetBindt} were held at the beslagvrije voet (with these parameters the costs of living bind first)`,
    );
    expect(nul).toBeGreaterThan(50);
    expect(2_000 - nul).toBeGreaterThan(50);
  });

  it('refuses an amount that is not whole cents ≥ 0', () => {
    expect(() =>
      betalingscapaciteit({
        leefsituatie: 'alleen',
        inkomen: -1,
        woonlasten: 0,
        zorgkosten: 0,
        overigeLasten: 0,
      }),
    ).toThrow(RangeError);
    expect(() =>
      betalingscapaciteit({
        leefsituatie: 'alleen',
        inkomen: 1.5,
        woonlasten: 0,
        zorgkosten: 0,
        overigeLasten: 0,
      }),
    ).toThrow(RangeError);
  });
});

describe('plans', () => {
  it('the standard plan: 24 equal months, the last one the remainder', () => {
    const p = standaardRegeling(240_001, '2027-10')!;
    expect(p.maandbedrag).toBe(10_001);
    expect(p.termijnen).toHaveLength(24);
    expect(p.termijnen[0]!.maand).toBe('2027-10');
    expect(p.termijnen[23]!).toEqual({ maand: '2029-09', bedrag: 240_001 - 23 * 10_001 });
    expect(p.rest).toBe(0);
    // A small debt: € 20 a month, fewer months.
    expect(standaardRegeling(10_000, '2027-10')!.termijnen).toHaveLength(5);
    expect(standaardRegeling(STANDAARDREGELING.minimumMaandbedrag, '2027-10')).toBeUndefined();
  });

  it('the personal plan: the capacity for at most 24 months, then what remains', () => {
    const p = persoonlijkeRegeling(500_000, 5_000, '2027-01');
    expect(p.termijnen).toHaveLength(24);
    expect(p.rest).toBe(500_000 - 24 * 5_000);
    expect(persoonlijkeRegeling(500_000, 0, '2027-01')).toMatchObject({ termijnen: [], rest: 500_000 });
    expect(persoonlijkeRegeling(9_000, 5_000, '2027-01').termijnen.map((t) => t.bedrag)).toEqual([
      5_000, 4_000,
    ]);
  });

  it('every schedule adds up to the debt and keeps to its limits (property)', () => {
    let metRest = 0;
    let geenCapaciteit = 0;
    let precies = 0;
    let zonderStandaard = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300_000 })),
        fc.integer({ min: 2026, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        (schuld, capaciteit, jaar, maand) => {
          const eerste = `${jaar}-${String(maand).padStart(2, '0')}`;
          const p = persoonlijkeRegeling(schuld, capaciteit, eerste);
          expect(p.termijnen.reduce((s, t) => s + t.bedrag, 0) + p.rest).toBe(schuld);
          expect(p.rest).toBeGreaterThanOrEqual(0);
          expect(p.termijnen.length).toBeLessThanOrEqual(24);
          for (const t of p.termijnen) {
            expect(t.bedrag).toBeGreaterThan(0);
            expect(t.bedrag).toBeLessThanOrEqual(capaciteit);
          }
          if (p.termijnen.length > 0)
            expect(p.termijnen.at(-1)!.maand).toBe(plusMaanden(eerste, p.termijnen.length - 1));
          if (capaciteit === 0) geenCapaciteit++;
          else if (p.rest > 0) metRest++;
          if (capaciteit > 0 && schuld === 24 * capaciteit) precies++;
          const s = standaardRegeling(schuld, eerste);
          if (!s) {
            zonderStandaard++;
            expect(schuld).toBeLessThanOrEqual(STANDAARDREGELING.minimumMaandbedrag);
            return;
          }
          expect(s.rest).toBe(0);
          expect(s.termijnen.reduce((x, t) => x + t.bedrag, 0)).toBe(schuld);
          expect(s.termijnen.length).toBeLessThanOrEqual(24);
          expect(s.termijnen.length).toBeGreaterThanOrEqual(2);
          for (const t of s.termijnen.slice(0, -1))
            expect(t.bedrag).toBeGreaterThanOrEqual(STANDAARDREGELING.minimumMaandbedrag);
        },
      ),
      {
        numRuns: 3_000,
        examples: [
          [48_000, 2_000, 2026, 12],
          [1_500, 100, 2027, 1],
        ],
      },
    );
    console.log(
      `plans: ${geenCapaciteit} without capacity, ${metRest} with a remainder after 24 months, ${precies} exactly 24 × capacity, ${zonderStandaard} too small for a standard plan (of 3002)`,
    );
    expect(geenCapaciteit).toBeGreaterThan(100);
    expect(metRest).toBeGreaterThan(100);
    expect(zonderStandaard).toBeGreaterThan(0);
  });

  it('counts months across the year', () => {
    expect(plusMaanden('2026-12', 1)).toBe('2027-01');
    expect(plusMaanden('2026-01', 23)).toBe('2027-12');
  });
});
