/**
 * The change preview tells the truth in every month (issue 16), as a property over the months
 * already paid (none to all twelve) and the old and new year amounts: each sentence the preview
 * says is true for its values, computed here from the paid months and the new year amount alone.
 * Prints how many cases reached each sentence kind.
 */
import { nieuwSchema } from '@regelmaat/beschikking';
import { eurocent } from '@regelmaat/kernel';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { effectVanSchema } from './voorschot-herzien';
import { effectZinnen, MERKBAAR_VERSCHIL, type Zin } from './wijziging-zinnen';

const GRENS = 12_100; // Awir art. 26a, 2026 text

it('every sentence of the preview is true for its values, in every month', () => {
  const bereikt = new Map<Zin['soort'], number>();
  let december = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: 0, max: 1_500_000 }),
      fc.oneof(fc.integer({ min: 0, max: 1_500_000 }), fc.integer({ min: -2_000, max: 2_000 })),
      (betaaldeMaanden, oudJaar, delta) => {
        // A small delta reaches the rounding remainders; a large one any new amount.
        const nieuwJaar = Math.abs(delta) <= 2_000 ? Math.max(0, oudJaar + delta) : delta;
        const oudSchema = nieuwSchema(oudJaar, Array(12).fill(null));
        const betaald = oudSchema.map((x, i) => (i < betaaldeMaanden ? x : null));
        const volgende = betaaldeMaanden < 12 ? betaaldeMaanden : -1;
        const e = effectVanSchema(
          { id: 'zorgtoeslag', naam: 'Zorgtoeslag' },
          { jaarbedrag: eurocent(oudJaar), maandbedragen: oudSchema },
          nieuwJaar,
          betaald,
          volgende,
        );
        const zinnen = effectZinnen(e, GRENS);
        if (volgende < 0) december++;
        const oudTotaal = oudSchema.reduce((s, x) => s + x, 0);
        const nieuwTotaal = e.nieuwSchema.reduce((s, x) => s + x, 0);
        const zelfde = oudJaar === nieuwJaar;
        for (const z of zinnen) {
          bereikt.set(z.soort, (bereikt.get(z.soort) ?? 0) + 1);
          switch (z.soort) {
            case 'voorkomen':
              // A month is left, and without the report more would be recovered than with it.
              expect(volgende).toBeGreaterThanOrEqual(0);
              expect(z.bedrag).toBeGreaterThanOrEqual(MERKBAAR_VERSCHIL);
              expect(z.bedrag).toBe(
                Math.max(0, oudTotaal - nieuwJaar) - Math.max(0, nieuwTotaal - nieuwJaar),
              );
              break;
            case 'terugNaJaar':
              expect(z.bedrag).toBeGreaterThan(GRENS);
              expect(z.bedrag).toBe(nieuwTotaal - nieuwJaar);
              break;
            case 'terugKlein':
              expect(z.bedrag).toBeGreaterThan(0);
              expect(z.bedrag).toBeLessThanOrEqual(GRENS);
              expect(z.bedrag).toBe(nieuwTotaal - nieuwJaar);
              break;
            case 'extra':
            case 'extraNaJaar':
              expect(z.bedrag).toBe(nieuwJaar - oudJaar);
              expect(z.bedrag).toBeGreaterThanOrEqual(MERKBAAR_VERSCHIL);
              expect(z.soort === 'extra').toBe(volgende >= 0);
              break;
            case 'klein':
              expect(zelfde).toBe(false);
              expect(Math.abs(nieuwJaar - oudJaar)).toBeLessThan(MERKBAAR_VERSCHIL);
              break;
            case 'gelijk':
              expect(zelfde).toBe(true);
              break;
          }
        }
        // Nothing can be avoided once every month is paid; a rounding remainder is never "more".
        if (volgende < 0) expect(zinnen.some((z) => z.soort === 'voorkomen')).toBe(false);
        if (Math.abs(nieuwJaar - oudJaar) < MERKBAAR_VERSCHIL)
          expect(zinnen.some((z) => z.soort === 'extra' || z.soort === 'extraNaJaar')).toBe(false);
      },
    ),
    { numRuns: 5_000, seed: 16 },
  );
  console.log(
    `preview sentences reached (5,000 cases, ${december} with every month paid): ${[...bereikt].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
  for (const soort of [
    'voorkomen',
    'terugNaJaar',
    'terugKlein',
    'extra',
    'extraNaJaar',
    'klein',
    'gelijk',
  ] as const)
    expect(bereikt.get(soort) ?? 0, soort).toBeGreaterThan(0);
});
