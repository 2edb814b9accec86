/**
 * @module
 * Who is logged in, for every page request: the session token from the HttpOnly cookie, checked by
 * the service layer on every request (`geldigeSessie`: signature, expiry, not logged out), and the
 * CSRF token of the visitor (a fresh one when missing). Partner clients have no web session.
 */
import { geldigeSessie, type Omgeving } from '@regelmaat/diensten';
import type { Sessie as DienstSessie } from '@regelmaat/toegang';
import type { FastifyInstance } from 'fastify';
import { CSRF_COOKIE, isCsrfToken, nieuwCsrfToken } from '../auth/csrf';
import type { Staat, Staten } from './hulp';

export const SESSIE_COOKIE = 'regelmaat_sessie';

/** Who is logged in, as the pages show it. `rol` is 'burger' for a citizen, the staff role otherwise. */
export interface WebSessie {
  readonly soort: 'burger' | 'medewerker';
  /** Name to show ("U bent ingelogd als …"). */
  readonly naam: string;
  readonly rol: string;
}

/** The web's view of a service session; undefined for roles that have no web pages (partner). */
export function webSessie(s: DienstSessie): WebSessie | undefined {
  if (s.rol === 'partner') return undefined;
  if (s.rol === 'burger') return { soort: 'burger', naam: `BSN ${s.bsn ?? ''}`.trim(), rol: 'burger' };
  return { soort: 'medewerker', naam: s.naam ?? s.id, rol: s.rol };
}

export interface CookieOpties {
  path: string;
  httpOnly: boolean;
  sameSite: 'lax';
  secure: boolean;
}

export function sessieHook(
  app: FastifyInstance,
  o: Omgeving,
  staten: Staten,
  cookieOpties: CookieOpties,
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/assets/')) return;
    const cookies = request.cookies;
    let csrf = cookies[CSRF_COOKIE];
    if (!isCsrfToken(csrf)) {
      csrf = nieuwCsrfToken();
      reply.setCookie(CSRF_COOKIE, csrf, cookieOpties);
    }
    const s: Staat = { csrf };
    const token = cookies[SESSIE_COOKIE];
    if (token) {
      const dienst = await geldigeSessie(o, token);
      const sessie = dienst ? webSessie(dienst) : undefined;
      if (sessie) {
        s.sessie = sessie;
        s.sessieToken = token;
      } else reply.clearCookie(SESSIE_COOKIE, { path: '/' });
    }
    staten.set(request, s);
  });
}
