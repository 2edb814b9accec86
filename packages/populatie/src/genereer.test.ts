import { isCivilDate, isEuroAmount, isValidBsn } from '@regelmaat/kernel';
import { parseHuishouden, wetgeving, zoekParameter } from '@regelmaat/law';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genereerHuishouden, type Jaar, MAX_GEGENEREERD } from './genereer';
import type { SynthetischHuishouden } from './huishouden';
import { TYPE_AANDELEN } from './statistieken';

const jaarArb = fc.constantFrom<Jaar>(2025, 2026);
const indexArb = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: MAX_GEGENEREERD - 1 }),
);
const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });

/** Field names that must never appear: names, origin and anything standing in for it. */
const VERBODEN =
  /naam|name|nationalit|etnic|ethnic|herkomst|afkomst|geboorteland|geboorteplaats|woonland|verblijf|taal|religie|geslacht/i;

function sleutels(x: unknown, uit: string[] = []): string[] {
  if (Array.isArray(x)) for (const v of x) sleutels(v, uit);
  else if (x !== null && typeof x === 'object')
    for (const [k, v] of Object.entries(x)) {
      uit.push(k);
      sleutels(v, uit);
    }
  return uit;
}

function populatie(n: number, jaar: Jaar, seed = 1): SynthetischHuishouden[] {
  return Array.from({ length: n }, (_, i) => genereerHuishouden(seed, i, jaar));
}

describe('genereerHuishouden', () => {
  it('every estimate is valid input for the rules engine (parseHuishouden), in both years', () => {
    fc.assert(
      fc.property(seedArb, indexArb, jaarArb, (seed, index, jaar) => {
        const h = genereerHuishouden(seed, index, jaar);
        const p = parseHuishouden(h.schatting);
        if (!p.ok) throw new Error(`${JSON.stringify(p.problems)} in ${JSON.stringify(h.schatting)}`);
        expect(p.huishouden.berekeningsjaar).toBe(jaar);
      }),
      { numRuns: 3_000 },
    );
  });

  it('all amounts are euros with at most 2 decimals, all dates YYYY-MM-DD, all BSNs valid and distinct', () => {
    fc.assert(
      fc.property(seedArb, indexArb, jaarArb, (seed, index, jaar) => {
        const h = genereerHuishouden(seed, index, jaar);
        const d = h.definitiefInkomen;
        const bedragen = [
          d.aanvrager,
          ...(d.toeslagpartner === undefined ? [] : [d.toeslagpartner]),
          ...d.medebewoners,
        ];
        if (h.vorigJaarInkomen !== undefined) bedragen.push(h.vorigJaarInkomen);
        for (const rij of h.opvangUrenAanbieder) bedragen.push(...rij);
        for (const b of bedragen) expect(isEuroAmount(b), `${b}`).toBe(true);
        const json = JSON.stringify(h);
        for (const m of json.matchAll(/"(\d{4}-\d{2}-\d{2})"/g)) expect(isCivilDate(m[1]!)).toBe(true);
        const bsns = [
          h.bsnAanvrager,
          ...(h.bsnPartner ? [h.bsnPartner] : []),
          ...h.bsnKinderen,
          ...h.bsnMedebewoners,
        ];
        for (const b of bsns) expect(isValidBsn(b) && b.length === 9).toBe(true);
        expect(new Set(bsns).size).toBe(bsns.length);
        expect(h.bsnKinderen.length).toBe(h.schatting.kinderen?.length ?? 0);
        expect(h.bsnMedebewoners.length).toBe(h.schatting.medebewoners?.length ?? 0);
        expect(d.medebewoners.length).toBe(h.schatting.medebewoners?.length ?? 0);
        expect(h.opvangUrenAanbieder.length).toBe(h.schatting.kinderopvang?.length ?? 0);
        for (const rij of h.opvangUrenAanbieder) expect(rij.length).toBe(12);
        if (h.schatting.toeslagpartner) {
          expect(h.bsnPartner).toBeDefined();
          expect(d.toeslagpartner).toBeDefined();
        }
        if (d.toeslagpartner !== undefined) expect(h.bsnPartner).toBeDefined();
        if (h.definitievePartner) expect(h.schatting.toeslagpartner).toBeUndefined();
        expect(h.index).toBe(index);
      }),
      { numRuns: 2_000 },
    );
  });

  it('has no names and no field about origin, nationality or a proxy of it', () => {
    for (const h of populatie(3_000, 2026)) for (const k of sleutels(h)) expect(k).not.toMatch(VERBODEN);
  });

  it('depends only on (seed, index, jaar): order and other households do not matter', () => {
    fc.assert(
      fc.property(seedArb, indexArb, jaarArb, (seed, index, jaar) => {
        const eerst = genereerHuishouden(seed, index, jaar);
        genereerHuishouden(seed + 1, Math.max(0, index - 1), jaar);
        genereerHuishouden(seed, (index * 7) % MAX_GEGENEREERD, jaar === 2025 ? 2026 : 2025);
        expect(genereerHuishouden(seed, index, jaar)).toEqual(eerst);
      }),
      { numRuns: 200 },
    );
  });

  it('different seeds give different populations', () => {
    const a = populatie(50, 2026, 1).map((h) => JSON.stringify(h.schatting));
    const b = populatie(50, 2026, 2).map((h) => JSON.stringify(h.schatting));
    expect(a.filter((x, i) => x === b[i]).length).toBeLessThan(5);
  });

  it('gives every person in a population a distinct BSN', () => {
    const gezien = new Set<string>();
    let n = 0;
    for (const h of populatie(5_000, 2026)) {
      for (const b of [
        h.bsnAanvrager,
        ...(h.bsnPartner ? [h.bsnPartner] : []),
        ...h.bsnKinderen,
        ...h.bsnMedebewoners,
      ]) {
        gezien.add(b);
        n++;
      }
    }
    expect(gezien.size).toBe(n);
  });

  it('refuses indices outside the range and unknown years', () => {
    expect(() => genereerHuishouden(1, -1, 2026)).toThrow(RangeError);
    expect(() => genereerHuishouden(1, MAX_GEGENEREERD, 2026)).toThrow(RangeError);
    expect(() => genereerHuishouden(1, 0, 2024 as Jaar)).toThrow(RangeError);
  });
});

describe('the generated population follows the published statistics', () => {
  const jaar = 2026;
  const N = 20_000;
  const pop = populatie(N, jaar);
  const aandeel = (f: (h: SynthetischHuishouden) => boolean) => pop.filter(f).length / N;

  it('household types [S41]', () => {
    for (const [type, p] of Object.entries(TYPE_AANDELEN))
      expect(Math.abs(aandeel((h) => h.type === type) - p), type).toBeLessThan(0.01);
  });

  it('number of children [S42]: 1: 43%, 2: 41%, 3+: 16%; single parents 62% one child', () => {
    const met = pop.filter((h) => (h.schatting.kinderen?.length ?? 0) > 0);
    const n = (h: SynthetischHuishouden) => h.schatting.kinderen?.length ?? 0;
    expect(met.filter((h) => n(h) === 1).length / met.length).toBeCloseTo(0.43, 1);
    expect(met.filter((h) => n(h) === 2).length / met.length).toBeCloseTo(0.41, 1);
    expect(met.filter((h) => n(h) >= 3).length / met.length).toBeCloseTo(0.16, 1);
    const eenouder = pop.filter((h) => h.type === 'eenoudergezin');
    expect(eenouder.filter((h) => n(h) === 1).length / eenouder.length).toBeCloseTo(0.62, 1);
  });

  it('renting: about 42.9% of households [S47], most rents between € 450 and € 1,000', () => {
    expect(aandeel((h) => (h.schatting.huur?.length ?? 0) > 0)).toBeCloseTo(0.429, 1);
    const huren = pop.flatMap((h) => h.schatting.huur ?? []).map((x) => x.kaleHuur);
    expect(huren.filter((x) => x >= 450 && x <= 1_000).length / huren.length).toBeGreaterThan(0.65);
  });

  it('children turn 18 during the year and some are born in it', () => {
    const kinderen = pop.flatMap((h) => h.schatting.kinderen ?? []);
    expect(kinderen.some((k) => k.geboortedatum.startsWith(`${jaar - 18}-`))).toBe(true);
    expect(kinderen.some((k) => k.geboortedatum.startsWith(`${jaar}-`) && k.vanaf === k.geboortedatum)).toBe(
      true,
    );
  });

  it('a few percent of households have a partner arriving or leaving during the year', () => {
    const wissel = aandeel(
      (h) => h.schatting.toeslagpartner?.vanaf !== undefined || h.schatting.toeslagpartner?.tot !== undefined,
    );
    expect(wissel).toBeGreaterThan(0.01);
    expect(wissel).toBeLessThan(0.05);
    const conflict = aandeel(
      (h) => h.definitiefInkomen.toeslagpartner !== undefined && !h.schatting.toeslagpartner,
    );
    expect(conflict).toBeGreaterThan(0);
    expect(conflict).toBeLessThan(0.01);
  });

  it('final income: most within ±5% of the estimate, a tail far off', () => {
    const paren = pop
      .map((h) => [h.schatting.aanvrager.toetsingsinkomen, h.definitiefInkomen.aanvrager] as const)
      .filter(([s]) => s > 1_000);
    const afwijking = paren.map(([s, d]) => Math.abs(d / s - 1));
    expect(afwijking.filter((a) => a <= 0.05).length / paren.length).toBeGreaterThan(0.75);
    expect(afwijking.filter((a) => a > 0.25).length / paren.length).toBeGreaterThan(0.02);
  });

  it('childcare: day care, BSO and childminders; provider hours mostly equal to the parent’s', () => {
    const contracten = pop.flatMap((h) =>
      (h.schatting.kinderopvang ?? []).map((o, i) => ({ o, rij: h.opvangUrenAanbieder[i]! })),
    );
    const soorten = new Set(contracten.map((c) => c.o.soort));
    expect(soorten).toEqual(new Set(['dagopvang', 'buitenschoolse-opvang', 'gastouderopvang']));
    const gelijk = contracten.filter(
      (c) => c.rij.every((u) => u === 0 || u === c.o.urenPerMaand) && c.rij.some((u) => u > 0),
    );
    const aandeelGelijk = gelijk.length / contracten.length;
    expect(aandeelGelijk).toBeGreaterThan(0.9);
    expect(aandeelGelijk).toBeLessThan(0.99);
    // Mean hours near the published means [S6].
    const gem = (soort: string) => {
      const u = contracten.filter((c) => c.o.soort === soort).map((c) => c.o.urenPerMaand);
      return u.reduce((a, b) => a + b, 0) / u.length;
    };
    expect(gem('dagopvang') / 90.1).toBeCloseTo(1, 1);
    expect(gem('buitenschoolse-opvang') / 41.6).toBeCloseTo(1, 1);
    // Prices around the maximum, some above it.
    const dag = contracten.filter((c) => c.o.soort === 'dagopvang').map((c) => c.o.uurprijs);
    const boven = dag.filter((p) => p > 11.23).length / dag.length;
    expect(boven).toBeGreaterThan(0.3);
    expect(boven).toBeLessThan(0.8);
  });

  it('assets: a small share above the toeslag asset limits', () => {
    const grens =
      (zoekParameter(wetgeving(), 'zorgtoeslag.vermogensgrens_alleenstaande', `${jaar}-01-01`)
        .value as number) / 100;
    const alleen = pop.filter((h) => !h.schatting.toeslagpartner);
    const boven = alleen.filter((h) => (h.schatting.aanvrager.vermogen ?? 0) > grens).length / alleen.length;
    expect(boven).toBeGreaterThan(0.005);
    expect(boven).toBeLessThan(0.08);
  });

  it('gross household income roughly follows the CBS percentiles [S45]', () => {
    const bruto = pop.map((h) => h.brutoInkomen2022!).sort((a, b) => a - b);
    const p = (q: number) => bruto[Math.floor(q * N)]!;
    expect(p(0.5) / 62_700).toBeGreaterThan(0.85);
    expect(p(0.5) / 62_700).toBeLessThan(1.15);
    expect(p(0.9) / 159_500).toBeGreaterThan(0.85);
    expect(p(0.1) / 22_900).toBeGreaterThan(0.75);
  });
});
