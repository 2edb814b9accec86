/** fast-check arbitraries for households as written (the CLI/API input), used by property tests. */
import fc from 'fast-check';
import type { HuishoudenInvoer } from '../situatie/huishouden-schema';

const euros = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const datum = (vanJaar: number, totJaar: number) =>
  fc
    .record({
      y: fc.integer({ min: vanJaar, max: totJaar }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const inJaar = (jaar: number) => fc.option(datum(jaar, jaar), { nil: undefined });

export const arbitrairHuishouden: fc.Arbitrary<HuishoudenInvoer> = fc
  .integer({ min: 2025, max: 2026 })
  .chain((jaar) =>
    fc
      .record({
        aanvrager: fc.record({
          geboortedatum: datum(jaar - 80, jaar - 16),
          toetsingsinkomen: euros(90_000),
          vermogen: fc.oneof(euros(50_000), euros(250_000)),
          zorgverzekering: fc.constantFrom(
            'verzekerd',
            'verzekerd',
            'verzekerd',
            'verdragsgerechtigd',
            'geen' as const,
          ),
          woonland: fc.constantFrom('NL', 'BE', 'DE'),
          arbeidseis: fc.boolean(),
        }),
        toeslagpartner: fc.option(
          fc.record({
            geboortedatum: datum(jaar - 80, jaar - 16),
            toetsingsinkomen: euros(70_000),
            vermogen: euros(60_000),
            zorgverzekering: fc.constantFrom('verzekerd', 'verzekerd', 'geen' as const),
            vanaf: inJaar(jaar),
          }),
          { nil: undefined },
        ),
        kinderen: fc.array(
          fc.record({
            geboortedatum: datum(jaar - 24, jaar),
            toetsingsinkomen: euros(15_000),
            thuiswonend: fc.boolean(),
            vanaf: inJaar(jaar),
          }),
          { maxLength: 4 },
        ),
        medebewoners: fc.array(
          fc.record({ geboortedatum: datum(jaar - 80, jaar - 18), toetsingsinkomen: euros(40_000) }),
          { maxLength: 2 },
        ),
        huur: fc.option(
          fc.record({ kaleHuur: euros(1_400), servicekosten: euros(80), zelfstandig: fc.boolean() }),
          { nil: undefined },
        ),
        opvang: fc.array(
          fc.record({
            soort: fc.constantFrom('dagopvang', 'buitenschoolse-opvang', 'gastouderopvang' as const),
            urenPerMaand: fc.integer({ min: 0, max: 300 }),
            uurprijs: euros(15),
            tot: inJaar(jaar),
          }),
          { maxLength: 3 },
        ),
      })
      .map(({ aanvrager, toeslagpartner, kinderen, medebewoners, huur, opvang }) => ({
        berekeningsjaar: jaar,
        aanvrager,
        ...(toeslagpartner ? { toeslagpartner } : {}),
        kinderen,
        medebewoners,
        huur: huur ? [huur] : [],
        kinderopvang:
          kinderen.length === 0 ? [] : opvang.map((o, i) => ({ ...o, kind: i % kinderen.length })),
      })),
  );
