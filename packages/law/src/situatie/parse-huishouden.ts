/**
 * @module
 * Reads a household from untrusted input. Never throws: returns the household, or a list of
 * problems each with the field path (`kinderen[0].geboortedatum`) and a Dutch message.
 */
import type { z } from 'zod';
import { type Huishouden, HuishoudenSchema } from './huishouden-schema';

export interface InputProblem {
  /** Path in the input, e.g. `kinderen[0].geboortedatum`; empty for the whole document. */
  readonly path: string;
  readonly message: string;
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

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `onbekend veld: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'ontbreekt (verplicht veld)';
  return issue.message;
}

export function parseHuishouden(input: unknown): ParseResult {
  const result = HuishoudenSchema.safeParse(input);
  if (result.success) return { ok: true, huishouden: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describe(issue) })),
  };
}
