/**
 * Law files a reviewer can check: every input a step declares, and every `{…}` a sentence names,
 * is a step that exists or a parameter that the regeling's spec declares. The explanation builder
 * skips an input that was not evaluated (a branch not taken), so a misspelt id would otherwise
 * vanish from the explanation without a word.
 */
import type { StepDef } from '@regelmaat/engine';
import { describe, expect, it } from 'vitest';
import { ALGEMEEN_SPEC } from './algemeen/spec';
import { JAAR } from './algemeen/stappen';
import { HT_2025 } from './huurtoeslag/2025';
import { HT_2026 } from './huurtoeslag/2026';
import { HT } from './huurtoeslag/stappen';
import { KOT } from './kinderopvangtoeslag/stappen';
import { KGB } from './kindgebonden-budget/stappen';
import { REGELINGEN } from './regelingen';
import { ZT } from './zorgtoeslag/stappen';

/** The shared year steps and the steps each regeling declares (`Regeling.stappen`). */
const STAPPEN: Record<string, readonly StepDef[]> = {
  algemeen: Object.values(JAAR),
  ...Object.fromEntries(REGELINGEN.map((r) => [r.id, r.stappen])),
};
const SPECS: Record<string, object> = {
  algemeen: ALGEMEEN_SPEC,
  ...Object.fromEntries(REGELINGEN.map((r) => [r.id, r.spec])),
};

const alle = Object.values(STAPPEN).flat();
const ids = new Set(alle.map((d) => d.id));

/** Why `ref` (a step id or `param:<regeling>.<name>`) names nothing, or undefined when it exists. */
export function onbekend(ref: string, bekend: ReadonlySet<string>): string | undefined {
  if (!ref.startsWith('param:')) return bekend.has(ref) ? undefined : `no step ${ref}`;
  const [regeling, naam] = ref.slice('param:'.length).split('.');
  const spec = SPECS[regeling ?? ''];
  if (!spec) return `no parameter file ${regeling}`;
  return naam !== undefined && naam in spec ? undefined : `no parameter ${naam} in ${regeling}`;
}

/** The `{…}` placeholders of a label or sentence (a function's source holds all its branches; `${…}` is code). */
function plaatshouders(def: StepDef): string[] {
  const teksten = [def.label, def.explain, def.explainFalse].map((e) =>
    typeof e === 'function' ? e.toString() : (e ?? ''),
  );
  return teksten
    .flatMap((t) => [...t.matchAll(/(?<!\$)\{([a-z_:.0-9]+)\}/g)].map((m) => m[1]!))
    .filter((p) => p !== 'waarde');
}

describe('the steps of every regeling', () => {
  // The two huurtoeslag methods (2025.ts, 2026.ts) each define a basishuur: one of them runs.
  it.each([
    ['2025', HT_2025],
    ['2026', HT_2026],
  ])('have unique ids with the huurtoeslag method of %s', (_jaar, methode) => {
    const stappen = [JAAR, HT, methode, KOT, KGB, ZT].flatMap((groep) => Object.values(groep));
    expect(new Set(stappen.map((d) => d.id)).size).toBe(stappen.length);
  });

  it.each(REGELINGEN.map((r) => [r.id, r] as const))(
    '%s declares its own steps, the outcome among them, and every step of its folder',
    (id, r) => {
      expect(r.stappen.filter((d) => !d.id.startsWith(`${id}.`)).map((d) => d.id)).toEqual([]);
      expect(r.stappen.map((d) => d.id)).toContain(r.uitkomst);
    },
  );

  it.each([
    ['zorgtoeslag', ZT],
    ['huurtoeslag', { ...HT, ...HT_2025, ...HT_2026 }],
    ['kindgebonden_budget', KGB],
    ['kinderopvangtoeslag', KOT],
  ] as const)('%s lists every step its folder defines', (id, groep) => {
    const r = REGELINGEN.find((x) => x.id === id)!;
    for (const d of Object.values(groep)) expect(r.stappen).toContain(d);
  });

  it.each(alle.map((d) => [d.id, d] as const))('%s declares only inputs that exist', (_id, def) => {
    expect(def.inputs.map((i) => onbekend(i, ids)).filter(Boolean)).toEqual([]);
  });

  it.each(alle.map((d) => [d.id, d] as const))(
    '%s names only steps and parameters that exist',
    (_id, def) => {
      expect(
        plaatshouders(def)
          .map((p) => onbekend(p, ids))
          .filter(Boolean),
      ).toEqual([]);
    },
  );

  it('catches a misspelt input', () => {
    expect(onbekend('zorgtoeslag.normpremei', ids)).toBe('no step zorgtoeslag.normpremei');
    expect(onbekend('param:kindgebonden_budget.leeftijdgrens_kind', ids)).toBe(
      'no parameter leeftijdgrens_kind in kindgebonden_budget',
    );
    expect(onbekend('param:kindgebonden_budget.leeftijdsgrens_kind', ids)).toBeUndefined();
  });
});

describe('sentences take their ages from the parameters', () => {
  const zin = (def: StepDef, waarde: unknown, waarden: Record<string, number>) =>
    typeof def.explain === 'function'
      ? def.explain({
          waarde,
          waardeVan: () => undefined,
          parameter: (pad) => waarden[pad],
          gereconstrueerd: () => false,
        })
      : def.explain;
  const kgb = {
    'kindgebonden_budget.leeftijd_verhoging_12': 12,
    'kindgebonden_budget.leeftijd_verhoging_16': 16,
    'kindgebonden_budget.leeftijdsgrens_kind': 18,
  };

  it('names the age groups of the kindgebonden budget as the law has them today', () => {
    expect(zin(KGB.kinderen12, 1, kgb)).toBe('1 kind is 12 tot en met 15 jaar.');
    expect(zin(KGB.kinderen16, 2, kgb)).toBe('{waarde} kinderen zijn 16 of 17 jaar.');
  });

  it('follows a changed age limit', () => {
    const anders = { ...kgb, 'kindgebonden_budget.leeftijdsgrens_kind': 21 };
    expect(zin(KGB.kinderen16, 0, anders)).toBe('Geen van uw kinderen is 16 tot en met 20 jaar.');
  });
});
