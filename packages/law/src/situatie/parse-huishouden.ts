/**
 * @module
 * Reads a household from untrusted input. Never throws: returns the household, or a list of
 * problems each with the field path (`kinderen[0].geboortedatum`), a Dutch message and a code.
 */
import type { z } from 'zod';
import { type Huishouden, HuishoudenSchema } from './huishouden-schema';
import { type InvoerCode, invoerCode } from './invoer-code';

export interface InputProblem {
  /** Path in the input, e.g. `kinderen[0].geboortedatum`; empty for the whole document. */
  readonly path: string;
  readonly message: string;
  /** What kind of problem it is, for a front end that words it per field. */
  readonly code: InvoerCode;
}

export type ParseResult = { ok: true; huishouden: Huishouden } | { ok: false; problems: InputProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'unrecognized_keys') return `onbekend veld: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type') {
    const value = valueAt(input, issue.path);
    if (value === undefined) return 'ontbreekt (verplicht veld)';
    if (issue.expected === 'object') return 'moet een object zijn ({ … })';
    if (issue.expected === 'array') return 'moet een lijst zijn ([ … ])';
    if (issue.expected === 'boolean') return 'moet true of false zijn';
  }
  return issue.message;
}

export function parseHuishouden(input: unknown): ParseResult {
  const result = HuishoudenSchema.safeParse(input);
  if (result.success) return { ok: true, huishouden: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: describe(issue, input),
      code: invoerCode(issue, input),
    })),
  };
}
