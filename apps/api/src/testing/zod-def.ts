/**
 * @module
 * The internal definition of a zod 4 schema, as the test helpers that walk request schemas read it
 * (`getallen.ts`: the numbers a route accepts; `arbitraries.ts`: valid requests per route).
 */
import type { z } from 'zod';

export interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  getter?: () => z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  coerce?: boolean;
  checks?: unknown[];
}

export function zodDef(s: z.ZodType): ZodDef {
  return (s as unknown as { _zod: { def: ZodDef } })._zod.def;
}
