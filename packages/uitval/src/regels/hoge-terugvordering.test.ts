import { describe, expect, it } from 'vitest';
import { bedragen, gewoon, pasToe, rustigeInvoer } from '../testing/invoer';
import { HOGE_TERUGVORDERING, HOORPLICHT_GRENS } from './hoge-terugvordering';

const definitief = (voorschot: Record<string, number>, eind: Record<string, number>) =>
  rustigeInvoer({ fase: 'definitief', voorschot: bedragen(voorschot), definitief: bedragen(eind) });

describe('HOGE_TERUGVORDERING', () => {
  it('fires at a total recovery of exactly € 1,500, with the amount', () => {
    const u = pasToe(HOGE_TERUGVORDERING, definitief({ huurtoeslag: 400_000 }, { huurtoeslag: 250_000 }));
    expect(u).toMatchObject({ code: 'HOGE_TERUGVORDERING', prioriteit: 1, bedrag: 150_000 });
    expect(u?.toelichting).toContain('zienswijze');
    expect(gewoon(u?.toelichting)).toContain('huurtoeslag € 1.500,00');
  });

  it('does not fire one cent below € 1,500', () => {
    expect(HOORPLICHT_GRENS).toBe(150_000);
    expect(
      pasToe(HOGE_TERUGVORDERING, definitief({ huurtoeslag: 400_000 }, { huurtoeslag: 250_001 })),
    ).toBeNull();
  });

  it('adds up the recoveries over the toeslagen', () => {
    const u = pasToe(
      HOGE_TERUGVORDERING,
      definitief(
        { zorgtoeslag: 100_000, kinderopvangtoeslag: 500_000 },
        { zorgtoeslag: 25_000, kinderopvangtoeslag: 425_000 },
      ),
    );
    expect(u?.bedrag).toBe(150_000);
  });

  it('does not let a back-payment on one toeslag lower the recovery on another (Awir art. 26b)', () => {
    const u = pasToe(
      HOGE_TERUGVORDERING,
      definitief(
        { huurtoeslag: 400_000, zorgtoeslag: 100_000 },
        { huurtoeslag: 240_000, zorgtoeslag: 150_000 },
      ),
    );
    expect(u?.bedrag).toBe(160_000);
  });

  it('looks at a revision of the advance too: the € 2,040 of issue 16 opens a hearing', () => {
    // Months paid under the old advance add up to more than the new year amount.
    const u = pasToe(
      HOGE_TERUGVORDERING,
      rustigeInvoer({
        fase: 'herziening',
        voorschot: bedragen({ huurtoeslag: 504_000 }),
        definitief: bedragen({ huurtoeslag: 300_000 }),
      }),
    );
    expect(u).toMatchObject({ code: 'HOGE_TERUGVORDERING', bedrag: 204_000 });
  });

  it('not in the advance run', () => {
    const invoer = definitief({ huurtoeslag: 400_000 }, { huurtoeslag: 0 });
    expect(pasToe(HOGE_TERUGVORDERING, { ...invoer, fase: 'voorschot' })).toBeNull();
    expect(pasToe(HOGE_TERUGVORDERING, { ...invoer, definitief: undefined })).toBeNull();
  });
});
