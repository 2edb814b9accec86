import { describe, expect, it } from 'vitest';
import { standVan } from './stand';

const plan = { schuld: 100_000, maandbedrag: 10_000, termijnen: 10, eersteTermijn: '2027-02-01', rest: 0 };

describe('how a plan stands', () => {
  it('nothing is due before the first term’s month has ended', () => {
    expect(standVan({ ...plan, betaaldSinds: 0 }, '2027-02-28')).toMatchObject({
      verschuldigd: 0,
      achterstand: 0,
      klaar: false,
    });
  });
  it('behind when less was paid than the terms that have ended', () => {
    expect(standVan({ ...plan, betaaldSinds: 10_000 }, '2027-04-01')).toMatchObject({
      termijnenVerstreken: 2,
      verschuldigd: 20_000,
      achterstand: 10_000,
      laatsteMaand: '2027-11',
    });
  });
  it('done when the plan’s part is paid; a personal plan’s remainder is not part of it', () => {
    expect(standVan({ ...plan, betaaldSinds: 100_000 }, '2027-03-01').klaar).toBe(true);
    expect(
      standVan({ ...plan, rest: 40_000, termijnen: 6, betaaldSinds: 60_000 }, '2030-01-01'),
    ).toMatchObject({
      klaar: true,
      achterstand: 0,
      verschuldigd: 60_000,
    });
  });
});
