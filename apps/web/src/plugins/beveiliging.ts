/**
 * @module
 * The security rules of every page: a strict Content-Security-Policy (only this origin; no inline
 * script), no framing or sniffing, no caching of pages; and on every POST the CSRF check (form
 * token and, when sent, our own Origin) and the refusal of text the database cannot store.
 */
import { isOpslaanbareTekst } from '@regelmaat/kernel';
import type { FastifyInstance } from 'fastify';
import { CSRF_COOKIE, CSRF_VELD, csrfKlopt, nieuwCsrfToken, originKlopt } from '../auth/csrf';
import { Melding } from '../pages/Melding';
import { type Staten, staatVan, type WebHulp } from './hulp';
import type { CookieOpties } from './sessie';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/** Whether every text in a parsed form body can be stored (no NUL, no lone surrogate). */
function opslaanbaar(body: unknown): boolean {
  if (typeof body === 'string') return isOpslaanbareTekst(body);
  // An uploaded file's bytes are stored as bytes (bytea), not as text.
  if (body instanceof Uint8Array) return true;
  if (Array.isArray(body)) return body.every(opslaanbaar);
  if (body !== null && typeof body === 'object')
    return Object.entries(body).every(([k, v]) => isOpslaanbareTekst(k) && opslaanbaar(v));
  return true;
}

function csrfVeld(body: unknown): string {
  const v = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[CSRF_VELD] : '';
  return typeof v === 'string' ? v : '';
}

export function beveiliging(
  app: FastifyInstance,
  hulp: WebHulp,
  staten: Staten,
  cookieOpties: CookieOpties,
): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (!request.url.startsWith('/assets/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
  });

  // CSRF: every POST carries the form token and (when sent) our own Origin.
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST') return;
    const ok =
      csrfKlopt(request.cookies[CSRF_COOKIE], csrfVeld(request.body)) &&
      originKlopt(request.headers.origin, request.headers.host);
    if (ok) {
      // Text the database cannot store is bad input, refused here for every form (never a 500).
      if (opslaanbaar(request.body)) return;
      await hulp.render(
        reply,
        Melding({ ctx: hulp.ctx(request), titel: 'ongeldigeTekens.titel', tekst: 'ongeldigeTekens.tekst' }),
        400,
      );
      return;
    }
    // A fresh token, so that the next try works.
    const s = staatVan(staten, request);
    s.csrf = nieuwCsrfToken();
    reply.setCookie(CSRF_COOKIE, s.csrf, cookieOpties);
    await hulp.render(
      reply,
      Melding({ ctx: hulp.ctx(request), titel: 'formulierVerlopen.titel', tekst: 'formulierVerlopen.tekst' }),
      403,
    );
  });
}
