import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchRekenaar, Bedragen, NIET_BEREKENBAAR, regelingIndex } from './batch';
import { REGELINGEN } from './regelingen';
import { normaliseer } from './situatie/normaliseer';
import { parseHuishouden } from './situatie/parse-huishouden';
import { arbitrairHuishouden } from './testing/arbitraries';

const situatie = (h: unknown) => {
  const p = parseHuishouden(h);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return normaliseer(p.huishouden);
};

describe('Bedragen: the batch results read by toeslag', () => {
  it('keeps each household of a batch in its own slot, as computed alone', () => {
    const batch = new BatchRekenaar();
    fc.assert(
      fc.property(fc.array(arbitrairHuishouden, { minLength: 3, maxLength: 3 }), (hs) => {
        const samen = new Bedragen(3);
        hs.forEach((h, i) => {
          batch.bereken(situatie(h), samen, i);
        });
        hs.forEach((h, i) => {
          const alleen = new Bedragen();
          batch.bereken(situatie(h), alleen);
          for (let r = 0; r < REGELINGEN.length; r++) {
            expect(samen.jaarbedrag(r, i)).toBe(alleen.jaarbedrag(r));
            expect([...samen.maandbedragen(r, i)]).toEqual([...alleen.maandbedragen(r)]);
            expect(samen.toegekend(r, i)).toBe(Math.max(0, alleen.jaarbedrag(r)));
            expect(samen.berekenbaar(r, i)).toBe(alleen.jaarbedrag(r) !== NIET_BEREKENBAAR);
          }
        });
      }),
      { numRuns: 50 },
    );
  });

  it('names toeslagen by their index in REGELINGEN, and refuses an unknown one', () => {
    REGELINGEN.forEach((r, i) => {
      expect(regelingIndex(r.id)).toBe(i);
    });
    expect(() => regelingIndex('bijstand')).toThrow('onbekende regeling: bijstand');
  });
});
