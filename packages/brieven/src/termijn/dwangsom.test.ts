import { eurocent } from '@regelmaat/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DWANGSOM_AWIR, dwangsom } from './dwangsom';
import { dagnummer, uitDagnummer } from './kalender';

const basis = {
  tegenDefinitieveBerekening: true,
  naTeBetalenOfTerugTeVorderen: eurocent(50_000),
  laatsteDagBeslistermijn: '2026-04-09',
};

describe('dwangsom (Awir 12 lid 2, Awb 4:17 lid 3)', () => {
  it('does not apply to an objection against an advance, nor below € 30', () => {
    expect(dwangsom({ ...basis, tegenDefinitieveBerekening: false, totEnMet: '2026-09-01' }).soort).toBe(
      'niet-van-toepassing',
    );
    expect(
      dwangsom({
        ...basis,
        naTeBetalenOfTerugTeVorderen: eurocent(2_999),
        ingebrekestellingOntvangen: '2026-04-10',
        totEnMet: '2026-09-01',
      }),
    ).toEqual({
      soort: 'niet-van-toepassing',
      reden: 'bedrag-onder-30',
      ondergrens: 3_000,
    });
  });
  it('needs a notice of default received after the term', () => {
    expect(dwangsom({ ...basis, totEnMet: '2026-09-01' }).soort).toBe('geen-ingebrekestelling');
    expect(
      dwangsom({ ...basis, ingebrekestellingOntvangen: '2026-04-09', totEnMet: '2026-09-01' }).soort,
    ).toBe('ingebrekestelling-te-vroeg');
  });
  it('runs € 10 a week from two weeks after the notice, to € 100 (or € 30 below € 100)', () => {
    const n = { ...basis, ingebrekestellingOntvangen: '2026-04-10' };
    expect(dwangsom({ ...n, totEnMet: '2026-04-23' })).toMatchObject({
      soort: 'nog-niet',
      eersteDag: '2026-04-24',
      bedrag: 0,
    });
    expect(dwangsom({ ...n, totEnMet: '2026-05-01' })).toMatchObject({
      soort: 'loopt',
      wekenInGebreke: 1,
      bedrag: 1_000,
    });
    expect(dwangsom({ ...n, totEnMet: '2026-12-31' })).toMatchObject({ bedrag: 10_000, maximum: 10_000 });
    expect(
      dwangsom({ ...n, naTeBetalenOfTerugTeVorderen: eurocent(9_999), totEnMet: '2026-12-31' }),
    ).toMatchObject({
      bedrag: 3_000,
    });
  });
  it('never exceeds its maximum and never decreases over time', () => {
    const gezien = { nul: 0, tussen: 0, maximum: 0, klein: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: dagnummer(2020, 1, 1), max: dagnummer(2090, 1, 1) }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 3_000, max: 500_000 }),
        (einde, naEinde, dagen, bedrag) => {
          const invoer = {
            tegenDefinitieveBerekening: true,
            naTeBetalenOfTerugTeVorderen: eurocent(bedrag),
            laatsteDagBeslistermijn: uitDagnummer(einde),
            ingebrekestellingOntvangen: uitDagnummer(einde + naEinde),
          };
          const a = dwangsom({ ...invoer, totEnMet: uitDagnummer(einde + naEinde + dagen) });
          const b = dwangsom({ ...invoer, totEnMet: uitDagnummer(einde + naEinde + dagen + 1) });
          if (a.soort !== 'loopt' && a.soort !== 'nog-niet') throw new Error(a.soort);
          if (b.soort !== 'loopt' && b.soort !== 'nog-niet') throw new Error(b.soort);
          expect(a.bedrag).toBeLessThanOrEqual(a.maximum);
          expect(b.bedrag).toBeGreaterThanOrEqual(a.bedrag);
          expect(a.bedrag % DWANGSOM_AWIR.perWeek).toBe(0);
          if (a.bedrag === 0) gezien.nul++;
          else if (a.bedrag === a.maximum) gezien.maximum++;
          else gezien.tussen++;
          if (a.maximum === DWANGSOM_AWIR.klein.maximum) gezien.klein++;
        },
      ),
      { numRuns: 3000 },
    );
    console.log('dwangsom: cases', gezien);
    for (const n of Object.values(gezien)) expect(n).toBeGreaterThan(0);
  });
});
