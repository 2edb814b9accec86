/**
 * @module
 * CSRF protection for every POST: the double-submit pattern with a server-rendered token. Each
 * visitor gets a random token in an HttpOnly, SameSite=Lax cookie; every form carries the same
 * token in a hidden field `_csrf`; a POST is accepted only when both are present and equal
 * (constant-time compare) and, when the browser sends an Origin header, it is this site's
 * origin. The token is replaced at login and logout (no fixation). SameSite=Lax already keeps
 * the cookies off cross-site POSTs in current browsers; the token covers older ones and
 * same-site attackers. (OWASP CSRF Prevention Cheat Sheet: "Signed double-submit cookie" /
 * "Verifying origin with standard headers".)
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const CSRF_COOKIE = 'regelmaat_csrf';
export const CSRF_VELD = '_csrf';
const FORMAAT = /^[A-Za-z0-9_-]{43}$/;

export function nieuwCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isCsrfToken(x: unknown): x is string {
  return typeof x === 'string' && FORMAAT.test(x);
}

/** True when the posted token equals the cookie token. */
export function csrfKlopt(cookie: unknown, veld: unknown): boolean {
  if (!isCsrfToken(cookie) || !isCsrfToken(veld)) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(veld));
}

/** True when there is no Origin header, or it names the host the request was sent to. */
export function originKlopt(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
