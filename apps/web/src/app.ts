/**
 * @module
 * `webApp(app, deps)`: the Fastify 5 plugin that serves the web pages, rendered on the server
 * with React (`renderToStaticMarkup`) and NL Design System components. Forms are plain HTML
 * POSTs (@fastify/formbody), so the core flows work without JavaScript. Sessions: an opaque
 * token from the `Auth` port in an HttpOnly, SameSite=Lax cookie; CSRF: see `auth/csrf.ts`.
 * Every response gets a strict Content-Security-Policy (only this origin; no inline script).
 */
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import { veiligeFout, wachttijdTekst as wachttijd } from '@regelmaat/diensten';
import { isOpslaanbareTekst, isValidBsn } from '@regelmaat/kernel';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildAssets } from './assets';
import { CSRF_COOKIE, CSRF_VELD, csrfKlopt, isCsrfToken, nieuwCsrfToken, originKlopt } from './auth/csrf';
import type { Auth, Sessie } from './auth/port';
import type { PaginaContext } from './components/Layout';
import type { WebConfig } from './config';
import { Home } from './pages/Home';
import { Privacy, Toegankelijkheid } from './pages/Informatie';
import { DigidInloggen, MedewerkerInloggen, Uitloggen } from './pages/Inloggen';
import { Melding } from './pages/Melding';
import { proefberekeningRoutes } from './routes/proefberekening';
import { t } from './teksten';
import { foutmelding } from './teksten/foutmeldingen';

export const SESSIE_COOKIE = 'regelmaat_sessie';

/**
 * Login form posts per IP address per minute (per process); beyond it a Dutch page with the wait
 * (429, Retry-After). The per-account lockout of the services holds across processes.
 */
export const WEB_INLOG_LIMIET = { max: 30, vensterSeconden: 60 } as const;
const limiet = {
  config: { rateLimit: { max: WEB_INLOG_LIMIET.max, timeWindow: WEB_INLOG_LIMIET.vensterSeconden * 1000 } },
};

/** Whether every text in a parsed form body can be stored (no NUL, no lone surrogate). */
function opslaanbaar(body: unknown): boolean {
  if (typeof body === 'string') return isOpslaanbareTekst(body);
  if (Array.isArray(body)) return body.every(opslaanbaar);
  if (body !== null && typeof body === 'object')
    return Object.entries(body).every(([k, v]) => isOpslaanbareTekst(k) && opslaanbaar(v));
  return true;
}

/** Helpers for pages registered inside the web app (by `deps.paginas`), e.g. the portal's. */
export interface WebHulp {
  /** Layout context for this request: asset URLs, CSRF token, session, path. */
  ctx(request: FastifyRequest): PaginaContext;
  sessie(request: FastifyRequest): Sessie | undefined;
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
  vereisInlog(soort: Sessie['soort']): preHandlerAsyncHookHandler;
}

export interface WebDeps {
  readonly auth: Auth;
  readonly config: WebConfig;
  /** More pages registered in the web app's context (its hooks, CSRF check and helpers apply). */
  readonly paginas?: readonly ((app: FastifyInstance, web: WebHulp) => void | Promise<void>)[];
}

interface Staat {
  csrf: string;
  sessie?: Sessie;
  sessieToken?: string;
}

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

function veld(body: unknown, naam: string): string {
  if (body === null || typeof body !== 'object') return '';
  const v = (body as Record<string, unknown>)[naam];
  return typeof v === 'string' ? v : '';
}

export async function webApp(app: FastifyInstance, deps: WebDeps): Promise<void> {
  const { auth, config } = deps;
  const assets = buildAssets();
  const staten = new WeakMap<FastifyRequest, Staat>();
  const cookieOpties = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.veiligeCookies ?? false,
  };

  if (!app.hasDecorator('parseCookie')) await app.register(fastifyCookie);
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded'))
    await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  // Keyed on the connection's address; X-Forwarded-For only counts behind a trusted proxy.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, c) => ({ statusCode: 429, wachtSeconden: Math.ceil(c.ttl / 1000) }),
  });

  const staat = (request: FastifyRequest): Staat => {
    const s = staten.get(request);
    if (!s) throw new Error('web: request state missing (route outside the web plugin?)');
    return s;
  };
  const hulp: WebHulp = {
    ctx: (request) => {
      const s = staat(request);
      return {
        cssUrl: assets.cssUrl,
        jsUrl: assets.jsUrl,
        csrf: s.csrf,
        pad: request.url.split('?')[0] ?? '/',
        ...(s.sessie ? { sessie: s.sessie } : {}),
      };
    },
    sessie: (request) => staat(request).sessie,
    token: (request) => staat(request).sessieToken,
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
      const s = staat(request).sessie;
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

  // Assets: no session or CSRF work; immutable (the URL has a content hash).
  app.get('/assets/*', async (request, reply) => {
    const pad = (request.params as { '*': string })['*'];
    const asset = assets.files.get(pad);
    if (!asset) return reply.code(404).type('text/plain; charset=utf-8').send('Niet gevonden');
    return reply
      .type(asset.type)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(asset.body);
  });

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
      const sessie = await auth.sessie(token);
      if (sessie) {
        s.sessie = sessie;
        s.sessieToken = token;
      } else reply.clearCookie(SESSIE_COOKIE, { path: '/' });
    }
    staten.set(request, s);
  });

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
    const s = staat(request);
    const ok =
      csrfKlopt(request.cookies[CSRF_COOKIE], veld(request.body, CSRF_VELD)) &&
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
    s.csrf = nieuwCsrfToken();
    reply.setCookie(CSRF_COOKIE, s.csrf, cookieOpties);
    await hulp.render(
      reply,
      Melding({ ctx: hulp.ctx(request), titel: 'formulierVerlopen.titel', tekst: 'formulierVerlopen.tekst' }),
      403,
    );
  });

  /** After login or logout: a new CSRF token, so a token seen before cannot be reused. */
  const nieuweCsrf = (request: FastifyRequest, reply: FastifyReply) => {
    staat(request).csrf = nieuwCsrfToken();
    reply.setCookie(CSRF_COOKIE, staat(request).csrf, cookieOpties);
  };

  app.get('/', async (request, reply) =>
    hulp.render(
      reply,
      Home({
        ctx: hulp.ctx(request),
        uitgelogd: (request.query as Record<string, unknown>).uitgelogd === '1',
      }),
    ),
  );
  app.get('/toegankelijkheid', async (request, reply) =>
    hulp.render(reply, Toegankelijkheid({ ctx: hulp.ctx(request) })),
  );
  app.get('/privacy', async (request, reply) => hulp.render(reply, Privacy({ ctx: hulp.ctx(request) })));

  await proefberekeningRoutes(app, hulp);

  // DigiD simulation: only when switched on in the config.
  const digidUit = (request: FastifyRequest, reply: FastifyReply) =>
    hulp.render(
      reply,
      Melding({ ctx: hulp.ctx(request), titel: 'inloggen.uit', tekst: 'inloggen.uitUitleg' }),
      404,
    );
  app.get('/inloggen', async (request, reply) =>
    config.digidSimulatie
      ? hulp.render(reply, DigidInloggen({ ctx: hulp.ctx(request), bsn: '', fouten: [] }))
      : digidUit(request, reply),
  );
  app.post('/inloggen', limiet, async (request, reply) => {
    if (!config.digidSimulatie) return digidUit(request, reply);
    const bsn = veld(request.body, 'bsn').replace(/[\s.]/g, '').slice(0, 20);
    const opnieuw = (melding: string) =>
      hulp.render(
        reply,
        DigidInloggen({ ctx: hulp.ctx(request), bsn, fouten: [{ veld: 'bsn', melding }] }),
        400,
      );
    if (bsn === '') return opnieuw(foutmelding.verplicht(t('inloggen.veld.bsn')));
    if (!isValidBsn(bsn)) return opnieuw(t('fout.bsn'));
    const r = await auth.digid(bsn.padStart(9, '0'));
    if (!r.ok) return r.wachtSeconden ? hulp.teVaak(request, reply, r.wachtSeconden) : opnieuw(r.melding);
    reply.setCookie(SESSIE_COOKIE, r.token, cookieOpties);
    nieuweCsrf(request, reply);
    return reply.redirect('/mijn', 303);
  });

  app.get('/medewerker/inloggen', async (request, reply) =>
    hulp.render(reply, MedewerkerInloggen({ ctx: hulp.ctx(request), naam: '', fouten: [] })),
  );
  app.post('/medewerker/inloggen', limiet, async (request, reply) => {
    const naam = veld(request.body, 'naam').trim().slice(0, 100);
    const wachtwoord = veld(request.body, 'wachtwoord').slice(0, 200);
    const opnieuw = (fouten: { veld: string; melding: string }[]) =>
      hulp.render(reply, MedewerkerInloggen({ ctx: hulp.ctx(request), naam, fouten }), 400);
    const leeg = [
      ...(naam === '' ? [{ veld: 'naam', melding: t('medewerker.fout.naam') }] : []),
      ...(wachtwoord === '' ? [{ veld: 'wachtwoord', melding: t('medewerker.fout.wachtwoord') }] : []),
    ];
    if (leeg.length) return opnieuw(leeg);
    const r = await auth.medewerker(naam, wachtwoord);
    if (!r.ok)
      return r.wachtSeconden
        ? hulp.teVaak(request, reply, r.wachtSeconden)
        : opnieuw([{ veld: 'naam', melding: r.melding }]);
    reply.setCookie(SESSIE_COOKIE, r.token, cookieOpties);
    nieuweCsrf(request, reply);
    return reply.redirect('/werk', 303);
  });

  app.get('/uitloggen', async (request, reply) => hulp.render(reply, Uitloggen({ ctx: hulp.ctx(request) })));
  app.post('/uitloggen', async (request, reply) => {
    const token = staat(request).sessieToken;
    if (token && auth.uitloggen) await auth.uitloggen(token);
    reply.clearCookie(SESSIE_COOKIE, { path: '/' });
    nieuweCsrf(request, reply);
    return reply.redirect('/?uitgelogd=1', 303);
  });

  for (const registreer of deps.paginas ?? []) await registreer(app, hulp);

  app.setNotFoundHandler(async (request, reply) => {
    if (!staten.has(request)) staten.set(request, { csrf: request.cookies[CSRF_COOKIE] ?? nieuwCsrfToken() });
    return hulp.render(
      reply,
      Melding({ ctx: hulp.ctx(request), titel: 'nietGevonden.titel', tekst: 'nietGevonden.tekst' }),
      404,
    );
  });

  app.setErrorHandler(async (error: { statusCode?: number; wachtSeconden?: number }, request, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    // No request body, personal data or stack trace (outside debug mode) in the log.
    if (status >= 500)
      request.log.error({ fout: veiligeFout(error, config.debug ?? false) }, 'web: page failed');
    if (!staten.has(request))
      staten.set(request, { csrf: request.cookies?.[CSRF_COOKIE] ?? nieuwCsrfToken() });
    if (status === 429) return hulp.teVaak(request, reply, error.wachtSeconden ?? 60);
    return hulp.render(
      reply,
      Melding({ ctx: hulp.ctx(request), titel: 'fout.titel', tekst: 'fout.tekst' }),
      status,
    );
  });
}
