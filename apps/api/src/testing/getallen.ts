/**
 * @module
 * Every number a route accepts, found by walking its zod request schemas: the path, and the bounds.
 * `schemas.test.ts` checks each against the database column it is stored in or compared with.
 */
import type { z } from 'zod';
import type { RouteDef } from '../route';
import { zodDef } from './zod-def';

export interface Getal {
  /** `operationId body.veld.sub[]` */
  pad: string;
  min: number;
  max: number;
  geheel: boolean;
}

function loop(s: z.ZodType, pad: string, uit: Getal[], gezien: Set<unknown>): void {
  if (gezien.has(s)) return;
  gezien.add(s);
  const def = zodDef(s);
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape ?? {})) loop(v, `${pad}.${k}`, uit, gezien);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
      loop(def.innerType!, pad, uit, gezien);
      return;
    case 'array':
      loop(def.element!, `${pad}[]`, uit, gezien);
      return;
    case 'union':
      for (const o of def.options ?? []) loop(o, pad, uit, gezien);
      return;
    case 'pipe':
      loop(def.in!, pad, uit, gezien);
      return;
    case 'lazy':
      loop(def.getter!(), pad, uit, gezien);
      return;
    case 'number': {
      const n = s as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      uit.push({
        pad,
        min: n.minValue ?? Number.NEGATIVE_INFINITY,
        max: n.maxValue ?? Number.POSITIVE_INFINITY,
        geheel: n.isInt,
      });
      return;
    }
    default:
      return;
  }
}

/** The numbers of a route's params, query and body. */
export function getallenVan(r: RouteDef): Getal[] {
  const uit: Getal[] = [];
  for (const deel of ['params', 'query', 'body'] as const) {
    const s = r[deel];
    if (s) loop(s as z.ZodType, `${r.operationId} ${deel}`, uit, new Set());
  }
  return uit;
}
