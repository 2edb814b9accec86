import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineStep, type StepDef, step, Trace } from './step';

const ref = { wet: 'Wet op de zorgtoeslag', bwb: 'BWBR0018451', artikel: '2' };

const leeftijd = defineStep({
  id: 'zorgtoeslag.meerderjarig',
  label: 'Meerderjarig',
  unit: 'boolean',
  ref,
  inputs: [],
  explain: 'U bent 18 jaar of ouder.',
  explainFalse: 'U bent jonger dan 18 jaar.',
  condition: true,
});
const verzekerd = defineStep({
  id: 'zorgtoeslag.verzekerd',
  label: 'Verzekerd',
  unit: 'boolean',
  ref,
  inputs: [],
  explain: 'U bent verzekerd.',
  condition: true,
});
const ingezetene = defineStep({
  id: 'zorgtoeslag.ingezetene',
  label: 'Ingezetene',
  unit: 'boolean',
  ref,
  inputs: [],
  explain: 'U woont in Nederland.',
  condition: true,
});
const partnerFact = defineStep({
  id: 'zorgtoeslag.heeftPartner',
  label: 'Heeft partner',
  unit: 'boolean',
  ref,
  inputs: [],
  explain: 'U heeft een partner.',
  fact: true,
});
const bedrag = defineStep({
  id: 'zorgtoeslag.bedrag',
  label: 'Bedrag',
  unit: 'eurocent',
  ref,
  inputs: [],
  explain: 'Het bedrag is {waarde}.',
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('defineStep', () => {
  it('returns the same, frozen definition', () => {
    const def: StepDef = { id: 'x.y', label: 'Y', unit: 'count', ref, inputs: [], explain: '' };
    const defined = defineStep(def);
    expect(defined).toBe(def);
    expect(Object.isFrozen(defined)).toBe(true);
  });
});

describe('step', () => {
  it('with null returns the value unchanged and records nothing', () => {
    const record = vi.spyOn(Trace.prototype, 'record');
    const obj = { a: 1 };
    expect(step(null, bedrag, obj)).toBe(obj);
    expect(step(null, bedrag, 42)).toBe(42);
    expect(step(null, leeftijd, false)).toBe(false);
    expect(step(null, bedrag, undefined)).toBeUndefined();
    expect(record).not.toHaveBeenCalled();
  });

  it('with a Trace records value and definition under the id and returns the value', () => {
    const t = new Trace();
    const obj = { a: 1 };
    expect(step(t, bedrag, obj)).toBe(obj);
    expect(t.values.get('zorgtoeslag.bedrag')).toBe(obj);
    expect(t.defs.get('zorgtoeslag.bedrag')).toBe(bedrag);
    expect(t.values.size).toBe(1);
    expect(step(t, leeftijd, true)).toBe(true);
    expect(t.values.size).toBe(2);
  });

  it('keeps the last value when a step is recorded twice', () => {
    const t = new Trace();
    step(t, bedrag, 1);
    step(t, bedrag, 2);
    expect(t.values.get('zorgtoeslag.bedrag')).toBe(2);
    expect(t.values.size).toBe(1);
  });
});

describe('Trace.failedConditions', () => {
  it('lists only condition steps whose value is false, in the order they were checked', () => {
    const t = new Trace();
    step(t, verzekerd, false);
    step(t, ingezetene, true);
    step(t, partnerFact, false); // a false fact, not a condition
    step(t, bedrag, 0); // a falsy number, not a condition
    step(t, leeftijd, false);
    expect(t.failedConditions()).toEqual([verzekerd, leeftijd]);
  });

  it('does not count falsy non-boolean values of a condition as failed', () => {
    const t = new Trace();
    step(t, verzekerd, 0);
    step(t, leeftijd, undefined);
    step(t, ingezetene, null);
    expect(t.failedConditions()).toEqual([]);
  });

  it('is empty when every condition is met, and follows a later re-evaluation', () => {
    const t = new Trace();
    step(t, verzekerd, true);
    step(t, leeftijd, true);
    expect(t.failedConditions()).toEqual([]);
    step(t, leeftijd, false);
    expect(t.failedConditions()).toEqual([leeftijd]);
  });
});
