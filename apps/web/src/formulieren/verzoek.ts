/**
 * @module
 * Reading a web request for a service: the text of a form field (urlencoded body), the case id of
 * a path (a page that does not exist when it is not an id), and a query validated by its shared
 * schema. Whether the values are valid is the request schema's to say (`schema-formulier.ts`).
 */
import { IdPad, NietGevonden } from '@regelmaat/diensten';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** The text of one form field, trimmed ('' when absent or not text). */
export function veld(body: unknown, naam: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[naam];
  return typeof v === 'string' ? v.trim() : '';
}

/** Every text of a repeated form field (check boxes). */
export function lijstVeld(body: unknown, naam: string): string[] {
  const v = (body as Record<string, unknown> | undefined)?.[naam];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
}

/** The `:id` of the path; not an id → the page does not exist (404). */
export function idVan(request: FastifyRequest): number {
  const r = IdPad.safeParse(request.params);
  if (!r.success) throw new NietGevonden('Deze pagina bestaat niet.');
  return r.data.id;
}

/** The query validated by a schema that falls back to defaults (`.catch`) instead of refusing. */
export function queryVan<S extends z.ZodType>(request: FastifyRequest, schema: S): z.output<S> {
  return schema.parse(request.query ?? {});
}
