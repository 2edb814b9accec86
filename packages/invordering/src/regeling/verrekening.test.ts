import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BESLAGVRIJE_VOET } from './parameters';
import { verrekenbaar } from './verrekening';

const basis = {
  saldo: 50_000,
  toeslag: 12_000,
  inkomen: 150_000,
  leefsituatie: 'alleen' as const,
  betalenUiterlijk: '2027-01-15',
  vandaag: '2027-02-01',
  inRegeling: false,
};

describe('verrekening (Awir 30)', () => {
  it('sets off the toeslag once the term has passed, within the limits', () => {
    expect(verrekenbaar(basis)).toEqual({ bedrag: 12_000, reden: 'verrekend' });
    expect(verrekenbaar({ ...basis, vandaag: '2027-01-15' }).reden).toBe('termijn-loopt');
    expect(verrekenbaar({ ...basis, inRegeling: true }).reden).toBe('in-regeling');
    expect(verrekenbaar({ ...basis, toeslag: 1_999 }).reden).toBe('toeslag-te-laag');
    expect(verrekenbaar({ ...basis, saldo: 3_000 })).toEqual({ bedrag: 3_000, reden: 'verrekend' });
    // Only what lies above the beslagvrije voet (€ 967,90 single), and nothing when that is under € 20.
    expect(verrekenbaar({ ...basis, inkomen: 90_000 })).toEqual({
      bedrag: 90_000 + 12_000 - 96_790,
      reden: 'verrekend',
    });
    expect(verrekenbaar({ ...basis, inkomen: 85_000 }).reden).toBe('beslagvrije-voet');
  });

  it('never takes the household below the beslagvrije voet nor more than toeslag or balance (property)', () => {
    const tel: Record<string, number> = {};
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 0, max: 300_000 }),
        fc.constantFrom('alleen' as const, 'samen' as const),
        fc.boolean(),
        fc.constantFrom('2027-01-10', '2027-03-10'),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60_000 })),
        (saldo, toeslag, inkomen, leefsituatie, inRegeling, vandaag, inAndereRegelingen) => {
          const v = verrekenbaar({
            ...basis,
            saldo,
            toeslag,
            inkomen,
            leefsituatie,
            inRegeling,
            vandaag,
            inAndereRegelingen,
          });
          tel[v.reden] = (tel[v.reden] ?? 0) + 1;
          expect(v.bedrag).toBeGreaterThanOrEqual(0);
          expect(v.bedrag).toBeLessThanOrEqual(Math.min(saldo, toeslag));
          if (inRegeling) expect(v.bedrag).toBe(0);
          if (v.bedrag > 0) {
            expect(inkomen + toeslag - inAndereRegelingen - v.bedrag).toBeGreaterThanOrEqual(
              BESLAGVRIJE_VOET[leefsituatie],
            );
            expect(v.bedrag).toBeGreaterThanOrEqual(Math.min(2_000, saldo));
          }
          // The plans' terms are what made the difference: without them it would have been set off.
          if (
            inAndereRegelingen > 0 &&
            verrekenbaar({ ...basis, saldo, toeslag, inkomen, leefsituatie, inRegeling, vandaag }).bedrag >
              v.bedrag
          )
            tel['lager-door-regeling'] = (tel['lager-door-regeling'] ?? 0) + 1;
        },
      ),
      { numRuns: 2_000 },
    );
    console.log(`verrekening outcomes of 2000: ${JSON.stringify(tel)}`);
    expect(tel.verrekend).toBeGreaterThan(50);
    expect(tel['beslagvrije-voet']).toBeGreaterThan(50);
    expect(tel['lager-door-regeling']).toBeGreaterThan(10);
  });
  it('the terms of a running plan for another recovery count against the room above the beslagvrije voet', () => {
    // Room € 1,500 + € 120 − € 967.90 = € 652.10; a plan of € 640 a month leaves € 12.10: below € 20.
    expect(verrekenbaar({ ...basis, inAndereRegelingen: 64_000 })).toEqual({
      bedrag: 0,
      reden: 'beslagvrije-voet',
    });
    expect(verrekenbaar({ ...basis, inAndereRegelingen: 60_000 })).toEqual({
      bedrag: 5_210,
      reden: 'verrekend',
    });
  });
});
