/**
 * @module
 * Steps: the named, cited intermediate values of a formula. A formula calls `step(t, DEF, value)`
 * for each value it derives. With a Trace the value is recorded for the explanation; with `null`
 * (the batch path) the call is a plain pass-through that V8 inlines, so one formula definition
 * serves both paths.
 */
import type { LawRef } from '@regelmaat/kernel';

/**
 * microcent: exact money (cents × 10^6); eurocent: whole cents; ppm: a rate; boolean: a
 * condition or a fact; count: a number of persons or children; years: an age; centihours: hours × 100;
 * number: any other number; text: a label (a row of a table, a type of care).
 */
export type StepUnit =
  | 'microcent'
  | 'eurocent'
  | 'ppm'
  | 'boolean'
  | 'count'
  | 'years'
  | 'centihours'
  | 'number'
  | 'text';

export interface StepDef {
  /** Stable id, `<regeling>.<name>`, e.g. `zorgtoeslag.normpremie`. */
  readonly id: string;
  /** Short Dutch name shown to people, e.g. "Normpremie"; may name a parameter as `{param:<path>}`. */
  readonly label: string;
  readonly unit: StepUnit;
  /** The article this step applies. */
  readonly ref: LawRef;
  /** What the value is computed from: step ids, or `param:<path>` for parameters. */
  readonly inputs: readonly string[];
  /**
   * One plain-Dutch (B1) sentence. `{waarde}` is this step's value; `{id}` the value of an input.
   * For a boolean step this is the sentence when it is true. A function chooses the sentence from
   * the values it states (one branch per side of every condition the sentence names), so that a
   * sentence is never shown for values that make it false.
   */
  readonly explain: string | ((w: StapWaarden) => string);
  /** For a boolean step: the sentence when it is false. */
  readonly explainFalse?: string;
  /** True for a condition of entitlement: when false, the explanation names it as the reason. */
  readonly condition?: boolean;
  /**
   * For a microcent value that is rounded to whole euros next: show it cut to cents instead of
   * rounded, so the cents shown round the same way as the exact value.
   */
  readonly afgekapt?: boolean;
  /** True for a fact taken from the household situation rather than derived. */
  readonly fact?: boolean;
}

/** What a sentence function may read: this step's value and the raw values of other steps. */
export interface StapWaarden {
  readonly waarde: unknown;
  /** The raw value of a step (by id) evaluated in the same trace; undefined when it was not. */
  waardeVan(id: string): unknown;
  /** The raw value of a parameter by its path (as in `param:<path>`), in the units it is held in. */
  parameter(pad: string): unknown;
  /** True when that parameter's value was rebuilt from secondary sources, not read in the primary text. */
  gereconstrueerd(pad: string): boolean;
}

export function defineStep<const D extends StepDef>(def: D): D {
  return Object.freeze(def);
}

/** Records the values of one evaluation, for its explanation. */
export class Trace {
  readonly values = new Map<string, unknown>();
  readonly defs = new Map<string, StepDef>();

  record<T>(def: StepDef, value: T): T {
    this.values.set(def.id, value);
    this.defs.set(def.id, def);
    return value;
  }

  /** Conditions that were evaluated and not met, in the order they were checked. */
  failedConditions(): StepDef[] {
    const out: StepDef[] = [];
    for (const [id, def] of this.defs) if (def.condition && this.values.get(id) === false) out.push(def);
    return out;
  }
}

/** Records `value` under `def` when tracing; returns it unchanged either way. */
export function step<T>(t: Trace | null, def: StepDef, value: T): T {
  if (t !== null) t.record(def, value);
  return value;
}
