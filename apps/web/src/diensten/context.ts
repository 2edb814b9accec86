/**
 * @module
 * The bridge from a web request to a service call: the service `Context` (the caller's session
 * from the signed token, and a new W3C trace for this request), and how a service error becomes a
 * page — a Dutch message with the right status, never a stack trace. Field errors (`Ongeldig`)
 * are handled by the forms themselves.
 */
import { type Context, DienstFout, type Omgeving, sessieUitToken } from '@regelmaat/diensten';
import { nieuweTrace } from '@regelmaat/logboek';
import type { Sessie } from '@regelmaat/toegang';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebHulp } from '../app';
import { Foutpagina } from '../pages/Foutpagina';

export function dienstCtx(o: Omgeving, web: WebHulp, request: FastifyRequest): Context {
  const sessie = sessieUitToken(o, web.token(request));
  return { ...(sessie ? { sessie } : {}), trace: nieuweTrace() };
}

/** The service session of a logged-in request (the route's preHandler has checked the login). */
export function dienstSessie(ctx: Context): Sessie {
  if (!ctx.sessie) throw new Error('web: route without login check');
  return ctx.sessie;
}

/** Shows a service error as a page with its status; rethrows anything else (→ 500 page). */
export function toonFout(
  web: WebHulp,
  request: FastifyRequest,
  reply: FastifyReply,
  e: unknown,
  publiek: 'burger' | 'medewerker',
): FastifyReply {
  if (!(e instanceof DienstFout)) throw e;
  return web.render(
    reply,
    Foutpagina({ ctx: web.ctx(request), status: e.status, melding: e.message, publiek }),
    e.status,
  );
}

/** Runs a page handler; a service error becomes an error page. */
export function metFouten(
  web: WebHulp,
  publiek: 'burger' | 'medewerker',
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>,
) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      return await handler(request, reply);
    } catch (e) {
      return toonFout(web, request, reply, e, publiek);
    }
  };
}
