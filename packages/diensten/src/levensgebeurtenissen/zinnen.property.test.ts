/**
 * A life-event message tells the truth in every month (issue 16, C8), as a property over generated
 * events: an advance in force, the months already paid when the message is sent (none to all
 * twelve: December), the year amount the change to report would give (a rounding remainder away or
 * any amount), sometimes a maatwerk decision in force. The effect is computed as the run computes it
 * (`effectVanSchema`), stored as the run stores it (`berichtEffect`, through JSON), and each sentence
 * the portal says (`gebeurtenisEffectZinnen`, `adviesVoorkomen`) is checked against the values it
 * states. Prints how many cases reached each kind of sentence.
 */
import { nieuwSchema } from '@regelmaat/beschikking';
import { eurocent } from '@regelmaat/kernel';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { effectVanSchema, type WijzigingsEffect } from '../voorschot-herzien';
import { MERKBAAR_VERSCHIL } from '../wijziging-zinnen';
import {
  adviesVoorkomen,
  type BerichtEffect,
  berichtEffect,
  type GebeurtenisZin,
  gebeurtenisEffectZinnen,
} from './zinnen';

const GRENS = 12_100; // Awir art. 26a, 2026 text

const SOORTEN: GebeurtenisZin['soort'][] = [
  'perJaar',
  'perMaand',
  'maatwerk',
  'voorkomen',
  'terugNaJaar',
  'terugKlein',
  'extra',
  'extraNaJaar',
  'klein',
  'gelijk',
];

it('every sentence of a life-event message is true for its values, in every month', () => {
  const bereikt = new Map<string, number>();
  const tel = (k: string) => bereikt.set(k, (bereikt.get(k) ?? 0) + 1);
  let december = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: 0, max: 1_500_000 }),
      fc.oneof(fc.integer({ min: 0, max: 1_500_000 }), fc.integer({ min: -2_000, max: 2_000 })),
      fc.boolean(),
      fc.integer({ min: 0, max: 9 }),
      (betaaldeMaanden, oudJaar, delta, klein, maatwerkKans) => {
        const nieuwJaar = klein ? Math.max(0, oudJaar + (delta % 2_001)) : Math.abs(delta);
        const oudSchema = nieuwSchema(oudJaar, Array(12).fill(null));
        const betaald = oudSchema.map((x, i) => (i < betaaldeMaanden ? x : null));
        const volgende = betaaldeMaanden < 12 ? betaaldeMaanden : -1;
        if (volgende < 0) december++;
        let effect: WijzigingsEffect = effectVanSchema(
          { id: 'kinderopvangtoeslag', naam: 'Kinderopvangtoeslag' },
          { jaarbedrag: eurocent(oudJaar), maandbedragen: oudSchema },
          nieuwJaar,
          betaald,
          volgende,
        );
        if (maatwerkKans === 0)
          // Maatwerk in force: the amount stays until a case worker decides (herzieningVan).
          effect = {
            ...effect,
            jaarbedragNieuw: oudJaar,
            ...(volgende >= 0
              ? {
                  volgendeMaand: {
                    maand: volgende + 1,
                    nu: oudSchema[volgende]!,
                    nieuw: oudSchema[volgende]!,
                  },
                }
              : {}),
            voorkomenTerugvordering: 0,
            terugvorderingNaJaar: 0,
            extra: 0,
            nieuwSchema: oudSchema,
            maatwerk: { besluitId: 1, standaardNieuw: nieuwJaar },
          };
        // Stored in the message as JSON, read back by the portal.
        const e = JSON.parse(JSON.stringify(berichtEffect(effect))) as BerichtEffect;
        const zinnen = gebeurtenisEffectZinnen(e, GRENS);
        const oudTotaal = oudSchema.reduce((s, x) => s + x, 0);
        const nieuwTotaal = effect.nieuwSchema.reduce((s, x) => s + x, 0);
        for (const z of zinnen) {
          tel(z.soort);
          if (z.soort !== 'maatwerk') expect(maatwerkKans).not.toBe(0);
          switch (z.soort) {
            case 'maatwerk':
              expect(maatwerkKans).toBe(0);
              expect(zinnen).toHaveLength(1); // no amount: the maatwerk amount stays for now
              break;
            case 'perJaar':
              expect(z.nu).toBe(oudJaar);
              expect(z.nieuw).toBe(nieuwJaar);
              expect(z.nieuw).not.toBe(z.nu);
              break;
            case 'perMaand':
              expect(z.maand).toBe(volgende + 1);
              expect(z.nu).toBe(oudSchema[volgende]);
              expect(z.bedrag).toBe(effect.nieuwSchema[volgende]);
              expect(z.bedrag).not.toBe(z.nu);
              break;
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
              expect(nieuwJaar).not.toBe(oudJaar);
              expect(Math.abs(nieuwJaar - oudJaar)).toBeLessThan(MERKBAAR_VERSCHIL);
              break;
            case 'gelijk':
              expect(nieuwJaar).toBe(oudJaar);
              break;
          }
        }
        // Nothing can be avoided once every month is paid; a rounding remainder is never "more";
        // the advice promises an avoided recovery only when a sentence says by how much.
        const voorkomen = zinnen.some((z) => z.soort === 'voorkomen');
        if (volgende < 0) expect(voorkomen).toBe(false);
        if (Math.abs(nieuwJaar - oudJaar) < MERKBAAR_VERSCHIL)
          expect(zinnen.some((z) => z.soort === 'extra' || z.soort === 'extraNaJaar')).toBe(false);
        expect(adviesVoorkomen([e], GRENS)).toBe(voorkomen);
        tel(voorkomen ? 'advies met voorkomen' : 'advies zonder voorkomen');
      },
    ),
    { numRuns: 5_000, seed: 16 },
  );
  console.log(
    `life-event sentences reached (5,000 events, ${december} with every month paid): ${[...bereikt].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
  for (const soort of [...SOORTEN, 'advies met voorkomen', 'advies zonder voorkomen'])
    expect(bereikt.get(soort) ?? 0, soort).toBeGreaterThan(0);
});
