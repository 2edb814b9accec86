/**
 * @module
 * Test helpers: a quiet household on which no standard rule fires, and a fast-check arbitrary of
 * inputs that often land near the rules' thresholds.
 */
import type { Eurocent } from '@regelmaat/kernel';
import fc from 'fast-check';
import { detecteerUitval, type Uitval } from '../detecteer';
import { REGELINGEN, type RegelingId, type UitvalInvoer } from '../invoer';
import type { Regel } from '../regel';

const NUL = Object.fromEntries(REGELINGEN.map((r) => [r, 0])) as Record<RegelingId, number>;

/**
 * Test data writes its amounts as plain numbers (eurocents); these helpers are the edge where they
 * get their unit, so a test reads `geschatInkomen: 3_000_000` instead of a constructor per value.
 */
export type MetGetallen<T> = T extends Eurocent
  ? number
  : T extends readonly (infer E)[]
    ? MetGetallen<E>[]
    : T extends object
      ? { [K in keyof T]: MetGetallen<T[K]> }
      : T;

/** A household in the advance run for which no standard rule fires; `over` replaces fields. */
export function rustigeInvoer(over: Partial<MetGetallen<UitvalInvoer>> = {}): UitvalInvoer {
  return {
    jaar: 2026,
    fase: 'voorschot',
    voorschot: { ...NUL, zorgtoeslag: 150_000, huurtoeslag: 300_000 },
    geschatInkomen: 3_000_000,
    vorigDefinitiefInkomen: 3_000_000,
    opvangUrenOuder: Array(12).fill(0),
    opvangUrenAanbieder: Array(12).fill(null),
    partnerVolgensAanvraag: false,
    partnerVolgensRegistratie: false,
    ontbrekendeGegevens: [],
    vermogen: 0,
    vermogensgrens: 3_847_900,
    kinderenOnder18: 0,
    kinderenWorden18: 0,
    ...over,
  } as UitvalInvoer;
}

/** Per-toeslag amounts, eurocents. */
export const bedragen = (over: Partial<Record<RegelingId, number>> = {}): Record<RegelingId, Eurocent> =>
  ({
    ...NUL,
    ...over,
  }) as Record<RegelingId, Eurocent>;

const cent = (max: number) => fc.integer({ min: 0, max });
const inkomen = fc.integer({ min: -2_000_000, max: 20_000_000 });
const perRegeling = fc.record({
  zorgtoeslag: cent(300_000),
  huurtoeslag: cent(700_000),
  kindgebonden_budget: cent(800_000),
  kinderopvangtoeslag: cent(3_000_000),
});
const uren = fc.integer({ min: 0, max: 25_000 });

/** Any household, in either run, with optional fields sometimes absent. */
export const invoerArbitrary: fc.Arbitrary<UitvalInvoer> = fc
  .record(
    {
      jaar: fc.integer({ min: 2023, max: 2028 }),
      fase: fc.constantFrom('voorschot' as const, 'definitief' as const),
      voorschot: perRegeling,
      definitief: perRegeling,
      geschatInkomen: inkomen,
      vorigDefinitiefInkomen: inkomen,
      definitiefInkomen: inkomen,
      opvangUrenOuder: fc.array(uren, { minLength: 12, maxLength: 12 }),
      opvangUrenAanbieder: fc.array(fc.option(uren, { nil: null }), { minLength: 12, maxLength: 12 }),
      partnerVolgensAanvraag: fc.boolean(),
      partnerVolgensRegistratie: fc.boolean(),
      ontbrekendeGegevens: fc.subarray(['huur', 'inkomen', 'opvanguren', 'vermogen']),
      vermogen: cent(20_000_000),
      vermogensgrens: fc.oneof(fc.constantFrom(3_847_900, 7_695_800), cent(20_000_000)),
      kinderenOnder18: fc.integer({ min: 0, max: 6 }),
      kinderenWorden18: fc.integer({ min: 0, max: 6 }),
      kotTabelOnzeker: fc.record({ bedrag: cent(3_000_000), andereLezing: cent(3_000_000) }),
    },
    {
      requiredKeys: ['jaar', 'fase', 'voorschot', 'geschatInkomen', 'opvangUrenOuder', 'opvangUrenAanbieder'],
    },
  )
  .map((r) => ({
    partnerVolgensAanvraag: false,
    partnerVolgensRegistratie: false,
    ontbrekendeGegevens: [],
    vermogen: 0,
    vermogensgrens: 3_847_900,
    kinderenOnder18: 0,
    ...r,
    kinderenWorden18: Math.min(r.kinderenWorden18 ?? 0, r.kinderenOnder18 ?? 0),
  })) as fc.Arbitrary<UitvalInvoer>;

/** Runs one rule the way detecteerUitval does (under the read-only view); its finding or null. */
export function pasToe(regel: Regel, invoer: UitvalInvoer): Uitval | null {
  return detecteerUitval(invoer, [regel])[0] ?? null;
}

/** The text with no-break spaces (as in "€ 1.500,00" from Intl) turned into ordinary spaces. */
export const gewoon = (tekst: string | undefined): string => (tekst ?? '').replace(/\u00a0/g, ' ');
