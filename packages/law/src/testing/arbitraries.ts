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
/** A date in the year for one in three (a period that starts or ends during the year), else none. */
const inJaar = (jaar: number) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: datum(jaar, jaar), weight: 1 });
/** Incomes: often low (where toeslagen are), sometimes anywhere up to `max`. */
const inkomen = (max: number) =>
  fc.oneof({ arbitrary: euros(25_000), weight: 3 }, { arbitrary: euros(max), weight: 2 });
/** A child's birth date: usually in earlier years, one in four during the year itself (often on the 1st). */
const kindGeboren = (jaar: number) =>
  fc.oneof(
    { arbitrary: datum(jaar - 24, jaar - 1), weight: 2 },
    { arbitrary: datum(jaar - 12, jaar - 1), weight: 3 },
    { arbitrary: datum(jaar, jaar), weight: 1 },
    {
      arbitrary: fc.integer({ min: 1, max: 12 }).map((m) => `${jaar}-${String(m).padStart(2, '0')}-01`),
      weight: 1,
    },
  );

export const arbitrairHuishouden: fc.Arbitrary<HuishoudenInvoer> = fc
  .integer({ min: 2025, max: 2026 })
  .chain((jaar) =>
    fc
      .record({
        aanvrager: fc.record({
          geboortedatum: datum(jaar - 80, jaar - 16),
          toetsingsinkomen: inkomen(90_000),
          vermogen: fc.oneof(
            { arbitrary: euros(30_000), weight: 4 },
            { arbitrary: euros(250_000), weight: 1 },
          ),
          zorgverzekering: fc.constantFrom(
            'verzekerd',
            'verzekerd',
            'verzekerd',
            'verdragsgerechtigd',
            'geen' as const,
          ),
          woonland: fc.constantFrom('NL', 'BE', 'DE'),
          arbeidseis: fc.oneof(
            { arbitrary: fc.constant(true), weight: 4 },
            { arbitrary: fc.constant(false), weight: 1 },
          ),
        }),
        toeslagpartner: fc.option(
          fc.record({
            geboortedatum: datum(jaar - 80, jaar - 16),
            toetsingsinkomen: inkomen(70_000),
            vermogen: fc.oneof(
              { arbitrary: euros(15_000), weight: 4 },
              { arbitrary: euros(60_000), weight: 1 },
            ),
            zorgverzekering: fc.constantFrom('verzekerd', 'verzekerd', 'verdragsgerechtigd', 'geen' as const),
            woonland: fc.constantFrom('NL', 'BE', 'DE'),
            vanaf: inJaar(jaar),
          }),
          { nil: undefined },
        ),
        kinderen: fc.array(
          fc.record({
            geboortedatum: kindGeboren(jaar),
            toetsingsinkomen: euros(15_000),
            thuiswonend: fc.oneof(
              { arbitrary: fc.constant(true), weight: 5 },
              { arbitrary: fc.constant(false), weight: 1 },
            ),
            vanaf: inJaar(jaar),
          }),
          { maxLength: 4 },
        ),
        medebewoners: fc.oneof(
          { arbitrary: fc.constant<{ geboortedatum: string; toetsingsinkomen: number }[]>([]), weight: 3 },
          {
            arbitrary: fc.array(
              fc.record({ geboortedatum: datum(jaar - 80, jaar - 18), toetsingsinkomen: euros(40_000) }),
              { minLength: 1, maxLength: 2 },
            ),
            weight: 1,
          },
        ),
        huur: fc.option(
          fc.record({
            kaleHuur: fc.oneof(
              { arbitrary: euros(1_000), weight: 4 },
              { arbitrary: euros(1_600), weight: 1 },
            ),
            servicekosten: euros(80),
            zelfstandig: fc.oneof(
              { arbitrary: fc.constant(true), weight: 5 },
              { arbitrary: fc.constant(false), weight: 1 },
            ),
          }),
          { nil: undefined, freq: 6 },
        ),
        opvang: fc.array(
          fc.record({
            soort: fc.constantFrom('dagopvang', 'buitenschoolse-opvang', 'gastouderopvang' as const),
            urenPerMaand: fc.integer({ min: 0, max: 260 }),
            uurprijs: euros(15),
            // Start and end on any day: months covered in part count the hours of their days.
            vanaf: inJaar(jaar),
            tot: inJaar(jaar),
          }),
          { minLength: 1, maxLength: 3 },
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
          kinderen.length === 0
            ? []
            : opvang.map(({ vanaf, ...o }, i) => ({
                ...o,
                // The schema wants tot after vanaf.
                ...(vanaf !== undefined && (o.tot === undefined || vanaf < o.tot) ? { vanaf } : {}),
                kind: i % kinderen.length,
              })),
      })),
  );

/**
 * Joint incomes (euros) where the reconstructed 2025 kinderopvangtoeslag table is uncertain: the row
 * € 52.520 – € 54.221 and the last and first euro of the rows above € 159.224 (see parameters.yaml,
 * percentagetabel_onzeker), with their neighbours just outside.
 */
export const kotOnzekerInkomen: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 52_518, max: 54_223 }),
  fc
    .constantFrom(162_963, 166_705, 174_186, 192_888, 211_586, 226_545)
    .chain((grens) => fc.integer({ min: grens - 1, max: grens + 2 })),
);

/**
 * A 2025 household with childcare for at least one child, half of the time with an income in or
 * next to an uncertain range of the reconstructed table (no partner then, so the income is the
 * applicant's alone).
 */
export const arbitrairKot2025: fc.Arbitrary<HuishoudenInvoer> = fc
  .tuple(
    arbitrairHuishouden.filter((h) => h.berekeningsjaar === 2025 && (h.kinderopvang?.length ?? 0) > 0),
    fc.option(kotOnzekerInkomen, { nil: undefined }),
  )
  .map(([h, inkomen]) => {
    if (inkomen === undefined) return h;
    const { toeslagpartner: _weg, ...rest } = h;
    return { ...rest, aanvrager: { ...h.aanvrager, toetsingsinkomen: inkomen, arbeidseis: true } };
  });
