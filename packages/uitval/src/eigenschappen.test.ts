/**
 * Properties over generated households: no rule can see or use a forbidden field, a rule's
 * finding depends only on the fields it declares, and detection sorts and never changes its input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detecteerUitval } from './detecteer';
import { UITVAL_VELDEN, type UitvalInvoer } from './invoer';
import { STANDAARD_REGELS } from './standaard-regels';
import { invoerArbitrary, pasToe } from './testing/invoer';
import { isVerbodenVeld, VERBODEN_VELDEN } from './verboden-velden';

const RUNS = 500;

/** The input with every forbidden field added, as a careless caller might pass a whole dossier. */
const metVerbodenVelden = (invoer: UitvalInvoer): UitvalInvoer =>
  Object.assign({}, invoer, Object.fromEntries(VERBODEN_VELDEN.map((veld) => [veld, `geheim-${veld}`])));

/** Wraps `doel` so that every property read (at the top level) is recorded in `gelezen`. */
function meeluisteren<T extends object>(doel: T, gelezen: Set<string | symbol>): T {
  return new Proxy(doel, {
    get(t, key, r) {
      gelezen.add(key);
      return Reflect.get(t, key, r);
    },
    has(t, key) {
      gelezen.add(key);
      return Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      gelezen.add(key);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys(t) {
      gelezen.add('[[OwnKeys]]');
      return Reflect.ownKeys(t);
    },
  });
}

describe('no rule reads or declares a forbidden field (nationality, ethnicity, name, postcode, …)', () => {
  it('UitvalInvoer has no forbidden field', () => {
    expect(UITVAL_VELDEN.filter(isVerbodenVeld)).toEqual([]);
    expect(UITVAL_VELDEN).not.toContain('nationaliteit');
  });

  it.each(STANDAARD_REGELS.map((r) => [r.code, r] as const))('%s declares no forbidden field', (_, regel) => {
    expect(regel.velden.filter(isVerbodenVeld)).toEqual([]);
    expect(regel.velden.every((veld) => UITVAL_VELDEN.includes(veld))).toBe(true);
  });

  it('every rule runs under its view on generated inputs; only UitvalInvoer fields are read', () => {
    fc.assert(
      fc.property(invoerArbitrary, (invoer) => {
        const gelezen = new Set<string | symbol>();
        // Throws UndeclaredFieldError if any rule reads a field outside its declaration.
        detecteerUitval(meeluisteren(metVerbodenVelden(invoer), gelezen));
        const buitenInvoer = [...gelezen].filter((key) => !UITVAL_VELDEN.includes(key as never));
        expect(buitenInvoer).toEqual([]);
        expect([...gelezen].filter((key) => typeof key === 'string' && isVerbodenVeld(key))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('a rule depends only on its declared fields', () => {
  it.each(STANDAARD_REGELS.map((r) => [r.code, r] as const))(
    '%s: changing any undeclared field never changes its finding',
    (_, regel) => {
      fc.assert(
        fc.property(invoerArbitrary, invoerArbitrary, (a, b) => {
          // b with the declared fields of a: only undeclared fields differ from a.
          const gemengd: Record<string, unknown> = { ...b };
          for (const veld of regel.velden) {
            if (veld in a) gemengd[veld] = a[veld];
            else delete gemengd[veld];
          }
          expect(pasToe(regel, gemengd as unknown as UitvalInvoer)).toEqual(pasToe(regel, a));
        }),
        { numRuns: RUNS },
      );
    },
  );
});

describe('detecteerUitval on generated households', () => {
  it('sorts by priority, gives each rule at most once, and does not change the input', () => {
    fc.assert(
      fc.property(invoerArbitrary, (invoer) => {
        const voor = structuredClone(invoer);
        const uitval = detecteerUitval(invoer);
        const prioriteiten = uitval.map((u) => u.prioriteit);
        expect(prioriteiten).toEqual([...prioriteiten].sort((x, y) => x - y));
        expect(new Set(uitval.map((u) => u.code)).size).toBe(uitval.length);
        for (const u of uitval) {
          expect(u.toelichting.length).toBeGreaterThan(0);
          if (u.bedrag !== undefined) expect(Number.isSafeInteger(u.bedrag)).toBe(true);
        }
        expect(invoer).toEqual(voor);
        expect(detecteerUitval(invoer)).toEqual(uitval);
      }),
      { numRuns: RUNS },
    );
  });

  it('the generator reaches every rule (so the properties above are not vacuous)', () => {
    const gevonden = new Set<string>();
    fc.assert(
      fc.property(invoerArbitrary, (invoer) => {
        for (const u of detecteerUitval(invoer)) gevonden.add(u.code);
      }),
      { numRuns: 2_000, seed: 18 },
    );
    expect([...gevonden].sort()).toEqual(STANDAARD_REGELS.map((r) => r.code).sort());
  });
});
