import { arbitrairHuishouden } from '@regelmaat/law/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bekendOp, type Feit } from './feit';
import { feit, feitenUitAanvraag } from './feiten-uit-aanvraag';

import { geschatInkomenUitBekendeFeiten } from './geschat-inkomen';
import { huishoudenUitBekendeFeiten } from './huishouden-uit-bekende-feiten';
import { huishoudenUitFeiten } from './huishouden-uit-feiten';

const bsn = (n: number) => String(100000000 + n);
const T0 = '2025-11-01T00:00:00.000Z';
const TIJDEN = [T0, '2026-02-01T00:00:00.000Z', '2026-06-15T12:00:00.000Z', '2027-05-01T00:00:00.000Z'];
const MOMENTEN = ['2025-10-01T00:00:00Z', ...TIJDEN, '2027-07-01T00:00:00Z'];

/** Later facts about the household's persons: corrections, final incomes, ties, withdrawals. */
const latereFeiten = (personen: string[], jaar: number) =>
  fc.array(
    fc
      .record({
        wie: fc.constantFrom(...personen),
        soort: fc.constantFrom(
          'inkomen_schatting',
          'inkomen_definitief',
          'vermogen',
          'zorgverzekering',
          'verblijf',
          'arbeid',
          'vorig_inkomen',
          'opvanguren_aanbieder',
        ),
        bedrag: fc.integer({ min: 0, max: 90_000 }),
        jaar: fc.constantFrom(jaar - 1, jaar, jaar + 1),
        op: fc.constantFrom(...TIJDEN),
        vervalt: fc.option(fc.constantFrom(...TIJDEN.slice(1), '2028-01-01T00:00:00.000Z'), {
          nil: undefined,
        }),
      })
      .map(({ wie, soort, bedrag, jaar: j, op, vervalt }): Feit => {
        const waarde =
          soort === 'zorgverzekering'
            ? { status: bedrag % 2 ? 'geen' : 'verdragsgerechtigd', woonland: 'BE' }
            : soort === 'verblijf'
              ? { rechtmatig: bedrag % 2 === 0 }
              : soort === 'arbeid'
                ? { arbeidseis: bedrag % 2 === 0 }
                : soort === 'opvanguren_aanbieder'
                  ? {
                      jaar: j,
                      soort: 'dagopvang',
                      uren: Array.from({ length: 12 }, (_, m) => (bedrag + m) % 90),
                    }
                  : { jaar: j, bedrag };
        const f = feit(soort as Feit['soort'], waarde as never, 'belastingdienst', op, wie);
        return vervalt && vervalt >= op ? { ...f, vervallenOp: vervalt } : f;
      }),
    { maxLength: 12 },
  );

describe('household input from facts already known at a moment (batch fast path)', () => {
  it('equals the general path huishoudenUitFeiten for every moment and variant', () => {
    const geval = arbitrairHuishouden.chain((h) => {
      const personen = {
        aanvrager: bsn(1),
        ...(h.toeslagpartner ? { toeslagpartner: bsn(2) } : {}),
        kinderen: (h.kinderen ?? []).map((_, i) => bsn(10 + i)),
        medebewoners: (h.medebewoners ?? []).map((_, i) => bsn(30 + i)),
      };
      const alleBsn = [personen.aanvrager, bsn(2), ...personen.kinderen, ...personen.medebewoners];
      return latereFeiten(alleBsn, h.berekeningsjaar).map((later) => ({
        h,
        feiten: [...feitenUitAanvraag(h, personen, T0), ...later],
      }));
    });
    fc.assert(
      fc.property(geval, ({ h, feiten }) => {
        for (const moment of MOMENTEN) {
          const bekend = bekendOp(feiten, moment);
          if (!bekend.some((f) => f.soort === 'persoon')) continue;
          for (const variant of ['schatting', 'definitief'] as const) {
            expect(huishoudenUitBekendeFeiten(bekend, h.berekeningsjaar, variant)).toStrictEqual(
              huishoudenUitFeiten(feiten, h.berekeningsjaar, moment, variant),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a dossier without an applicant, as the general path does', () => {
    expect(() => huishoudenUitBekendeFeiten([], 2026, 'schatting')).toThrow('dossier zonder aanvrager');
  });

  it("geschatInkomenUitBekendeFeiten gives the estimate variant's incomes of applicant and partner", () => {
    const geval = arbitrairHuishouden.chain((h) => {
      const personen = {
        aanvrager: bsn(1),
        ...(h.toeslagpartner ? { toeslagpartner: bsn(2) } : {}),
        kinderen: (h.kinderen ?? []).map((_, i) => bsn(10 + i)),
        medebewoners: (h.medebewoners ?? []).map((_, i) => bsn(30 + i)),
      };
      const alleBsn = [personen.aanvrager, bsn(2), ...personen.kinderen, ...personen.medebewoners];
      return latereFeiten(alleBsn, h.berekeningsjaar).map((later) => ({
        h,
        feiten: [...feitenUitAanvraag(h, personen, T0), ...later],
      }));
    });
    let metPartner = 0;
    fc.assert(
      fc.property(geval, ({ h, feiten }) => {
        for (const moment of MOMENTEN) {
          const bekend = bekendOp(feiten, moment);
          if (!bekend.some((f) => f.soort === 'persoon')) continue;
          const { invoer } = huishoudenUitBekendeFeiten(bekend, h.berekeningsjaar, 'schatting');
          const verwacht = invoer.toeslagpartner
            ? {
                aanvrager: invoer.aanvrager.toetsingsinkomen,
                toeslagpartner: invoer.toeslagpartner.toetsingsinkomen,
              }
            : { aanvrager: invoer.aanvrager.toetsingsinkomen };
          if (invoer.toeslagpartner) metPartner++;
          expect(geschatInkomenUitBekendeFeiten(bekend, h.berekeningsjaar)).toStrictEqual(verwacht);
        }
      }),
      { numRuns: 300 },
    );
    // The generator reaches both shapes of household.
    expect(metPartner).toBeGreaterThan(0);
    expect(() => geschatInkomenUitBekendeFeiten([], 2026)).toThrow('dossier zonder aanvrager');
  });
});
