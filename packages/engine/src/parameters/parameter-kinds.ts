/**
 * @module
 * The kinds of value a parameter file may hold, and how each is checked and converted when the
 * file is loaded: euro amounts become eurocents, percentages become ppm.
 */
import { type Eurocent, eurosToCents, isEuroAmount, type Ppm, percentToPpm } from '@regelmaat/kernel';

/** A structured value that does not fit, with where inside it: `rows[3].to`. */
export class Invalid {
  constructor(readonly detail: string) {}
}

export interface ParameterKind<T> {
  /** What the file must contain, for error messages ("an amount in euros with at most 2 decimals"). */
  readonly expected: string;
  /** Converts a raw YAML value; `undefined` or `{ error }` (with a path inside the value) when it does not fit. */
  readonly convert: (raw: unknown) => T | undefined | Invalid;
  /** Formats a converted value for explanations. */
  readonly unit: 'euro' | 'percent' | 'number' | 'table';
  /** True when years without a value are allowed (the rule does not exist in those years). */
  readonly optional?: boolean;
}

/**
 * A parameter that exists only in some years (e.g. the 2026 basishuur). On a date without a
 * value it resolves to `undefined`; the formula that needs it must say so clearly.
 */
export function optional<T>(kind: ParameterKind<T>): ParameterKind<T | undefined> {
  return { ...kind, optional: true };
}

/** An amount in euros in the file (≤ 2 decimals) → eurocents. */
export function euro(): ParameterKind<Eurocent> {
  return {
    expected: 'an amount in euros with at most 2 decimals',
    unit: 'euro',
    convert: (raw) => (typeof raw === 'number' && isEuroAmount(raw) ? eurosToCents(raw) : undefined),
  };
}

/** A percentage in the file (1.896 means 1.896%) → ppm of the whole. */
export function percent(): ParameterKind<Ppm> {
  return {
    expected: 'a percentage between 0 and 100 with at most 4 decimals',
    unit: 'percent',
    convert: (raw) => {
      if (typeof raw !== 'number' || raw < 0 || raw > 100) return undefined;
      try {
        return percentToPpm(raw);
      } catch {
        return undefined;
      }
    },
  };
}

/** A plain number (a factor, an age, a number of hours), optionally an integer within bounds. */
export function number(opts: { integer?: boolean; min?: number; max?: number } = {}): ParameterKind<number> {
  const bounds = [
    opts.min === undefined ? '' : ` ≥ ${opts.min}`,
    opts.max === undefined ? '' : ` ≤ ${opts.max}`,
  ].join('');
  return {
    expected: `${opts.integer ? 'a whole number' : 'a number'}${bounds}`,
    unit: 'number',
    convert: (raw) => {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
      if (opts.integer && !Number.isInteger(raw)) return undefined;
      if (opts.min !== undefined && raw < opts.min) return undefined;
      if (opts.max !== undefined && raw > opts.max) return undefined;
      return raw;
    },
  };
}

/**
 * A structured value (a table, a list per country). `check` returns the converted value, or an
 * `Invalid` that says where inside the value it went wrong.
 */
export function table<T>(expected: string, check: (raw: unknown) => T | Invalid): ParameterKind<T> {
  return { expected, unit: 'table', convert: check };
}
