/**
 * @module
 * One route of the API, declared once: method, path, who may call it, the zod schemas of its
 * request and response, and its handler. The same declaration registers the Fastify route,
 * validates the request, produces the OpenAPI document and drives the role × route test — so the
 * documentation, the checks and the code cannot drift apart.
 */
import type { Context, Omgeving } from '@regelmaat/diensten';
import type { Recht } from '@regelmaat/toegang';
import type { z } from 'zod';

export type Methode = 'GET' | 'POST';

/** Who may call a route: anyone, or a logged-in caller with at least one of these rights. */
export type Toegang = 'publiek' | readonly Recht[];

export interface Verzoek<B, P, Q> {
  body: B;
  params: P;
  query: Q;
  ctx: Context;
  o: Omgeving;
  /** The request's Accept header (content negotiation for routes with `formaten`). */
  accept?: string;
}

/** A media type a route may answer with besides JSON. */
export type BestandFormaat = 'text/html' | 'application/pdf' | 'text/csv' | 'image/jpeg' | 'image/png';

/** A response that is not JSON (a letter as HTML or PDF, a document): sent as is, with its media type. */
export class Bestand {
  constructor(
    readonly type:
      | 'text/html; charset=utf-8'
      | 'application/pdf'
      | 'text/csv; charset=utf-8'
      | 'image/jpeg'
      | 'image/png',
    readonly inhoud: string | Uint8Array,
    /** For a download: `Content-Disposition: inline; filename="…"`. */
    readonly bestandsnaam?: string,
  ) {}
}

export interface RouteDef<B = unknown, P = unknown, Q = unknown, R = unknown> {
  methode: Methode;
  /** Path below /v1 in OpenAPI style, e.g. `/zaken/{id}/claim`. */
  pad: string;
  operationId: string;
  samenvatting: string;
  tag: string;
  toegang: Toegang;
  body?: z.ZodType<B>;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  antwoord: z.ZodType<R>;
  /** Media types besides JSON the route can answer with (the handler returns a `Bestand`). */
  formaten?: readonly BestandFormaat[];
  /** The largest request body in bytes, when larger than Fastify's 1 MiB (documents as base64). */
  maxBytes?: number;

  /**
   * Requests per IP address per window (in this process; @fastify/rate-limit), for routes that
   * invite guessing (logging in). Beyond it: 429 problem+json with `Retry-After`.
   */
  limiet?: { max: number; vensterSeconden: number };
  /** HTTP status of success (default 200). */
  status?: 200 | 201;
  /** Returns the response body; its shape is checked against `antwoord` in the tests. */
  handler: (v: Verzoek<B, P, Q>) => Promise<unknown> | unknown;
}

/** Declares a route with its types inferred from the schemas. */
export function route<B = undefined, P = undefined, Q = undefined, R = unknown>(
  def: RouteDef<B, P, Q, R>,
): RouteDef<unknown, unknown, unknown, unknown> {
  return def as unknown as RouteDef<unknown, unknown, unknown, unknown>;
}

/** `/zaken/{id}` → `/zaken/:id` (Fastify). */
export function fastifyPad(pad: string): string {
  return pad.replace(/\{([a-zA-Z]+)\}/g, ':$1');
}
