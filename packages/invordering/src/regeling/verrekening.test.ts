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
        (saldo, toeslag, inkomen, leefsituatie, inRegeling, vandaag) => {
          const v = verrekenbaar({ ...basis, saldo, toeslag, inkomen, leefsituatie, inRegeling, vandaag });
          tel[v.reden] = (tel[v.reden] ?? 0) + 1;
          expect(v.bedrag).toBeGreaterThanOrEqual(0);
          expect(v.bedrag).toBeLessThanOrEqual(Math.min(saldo, toeslag));
          if (v.bedrag > 0)
            expect(inkomen + toeslag - v.bedrag).toBeGreaterThanOrEqual(BESLAGVRIJE_VOET[leefsituatie]);
        },
      ),
      { numRuns: 2_000 },
    );
    console.log(`verrekening outcomes of 2000: ${JSON.stringify(tel)}`);
    expect(tel.verrekend).toBeGreaterThan(50);
    expect(tel['beslagvrije-voet']).toBeGreaterThan(50);
  });
});
