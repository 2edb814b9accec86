/**
 * @module
 * The per-request state of the web app (CSRF token, the session from the cookie) and the helpers
 * that every page uses (`WebHulp`): the layout context, rendering, the login requirement and the
 * "too many attempts" page. `maakHulp` builds them once per web app.
 */
import { wachttijdTekst as wachttijd } from '@regelmaat/diensten';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Assets } from '../assets';
import type { PaginaContext } from '../components/Layout';
import { Melding } from '../pages/Melding';
import type { WebSessie } from './sessie';

/** Helpers for pages registered inside the web app (by `deps.paginas`), e.g. the portal's. */
export interface WebHulp {
  /** Layout context for this request: asset URLs, CSRF token, session, path. */
  ctx(request: FastifyRequest): PaginaContext;
  sessie(request: FastifyRequest): WebSessie | undefined;
  /**
   * The raw session token of a logged-in request (undefined otherwise), so page handlers can build
   * the service layer's context. Never write it to a page, URL or log.
   */
  token(request: FastifyRequest): string | undefined;
  /** Sends a page as HTML (`<!DOCTYPE html>` + static markup). */
  render(reply: FastifyReply, pagina: ReactElement, status?: number): FastifyReply;
  /** The "too many attempts" page: 429 with Retry-After and the wait in plain Dutch. */
  teVaak(request: FastifyRequest, reply: FastifyReply, wachtSeconden: number): FastifyReply;
  /** preHandler: only for a logged-in user of this kind; others get the login page (401). */
  vereisInlog(soort: WebSessie['soort']): preHandlerAsyncHookHandler;
}

export interface Staat {
  csrf: string;
  sessie?: WebSessie;
  sessieToken?: string;
}

/** The state of each request, set by the session hook (`sessie.ts`). */
export type Staten = WeakMap<FastifyRequest, Staat>;

export function staatVan(staten: Staten, request: FastifyRequest): Staat {
  const s = staten.get(request);
  if (!s) throw new Error('web: request state missing (route outside the web plugin?)');
  return s;
}

export function maakHulp(assets: Assets, staten: Staten): WebHulp {
  const hulp: WebHulp = {
    ctx: (request) => {
      const s = staatVan(staten, request);
      return {
        cssUrl: assets.cssUrl,
        jsUrl: assets.jsUrl,
        csrf: s.csrf,
        pad: request.url.split('?')[0] ?? '/',
        ...(s.sessie ? { sessie: s.sessie } : {}),
      };
    },
    sessie: (request) => staatVan(staten, request).sessie,
    token: (request) => staatVan(staten, request).sessieToken,
    teVaak: (request, reply, wachtSeconden) =>
      hulp.render(
        reply.header('retry-after', String(Math.max(1, Math.ceil(wachtSeconden)))),
        Melding({
          ctx: hulp.ctx(request),
          titel: 'inloggen.teVaak.titel',
          tekst: 'inloggen.teVaak.tekst',
          waarden: { wacht: wachttijd(wachtSeconden) },
        }),
        429,
      ),
    render: (reply, pagina, status = 200) =>
      reply
        .code(status)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(`<!DOCTYPE html>${renderToStaticMarkup(pagina)}`),
    vereisInlog: (soort) => async (request, reply) => {
      const s = staatVan(staten, request).sessie;
      if (s?.soort === soort) return;
      const href = soort === 'burger' ? '/inloggen' : '/medewerker/inloggen';
      await hulp.render(
        reply,
        Melding({
          ctx: hulp.ctx(request),
          titel: 'geenToegang.titel',
          tekst: 'geenToegang.tekst',
          verder: { href, tekst: 'site.menu.inloggen' },
        }),
        401,
      );
    },
  };
  return hulp;
}
