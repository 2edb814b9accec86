/**
 * @module
 * `webApp(app, deps)`: the Fastify 5 plugin that serves the web pages, rendered on the server
 * with React (`renderToStaticMarkup`) and NL Design System components, on the services of
 * @regelmaat/diensten (`deps.o`). Forms are plain HTML POSTs (@fastify/formbody), so the core flows
 * work without JavaScript. It is put together from small parts in `plugins/`: the session from the
 * cookie (`sessie`), the security headers and CSRF check (`beveiliging`), logging in and out
 * (`inloggen`), the public pages and assets (`informatie`), the error pages (`fouten`); the
 * proefberekening, and the pages in `deps.paginas` (portal, workspace — and whatever is added next:
 * one more entry there).
 */
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import type { Omgeving } from '@regelmaat/diensten';
import type { FastifyInstance } from 'fastify';
import { buildAssets } from './assets';
import type { WebConfig } from './config';
import { registreerBestanden } from './formulieren/bestanden';
import { registerPaginas } from './plugins/algoritmeregister';
import { beveiliging } from './plugins/beveiliging';
import { foutPaginas } from './plugins/fouten';
import { maakHulp, type Staten, type WebHulp } from './plugins/hulp';
import { assetRoutes, informatiePaginas } from './plugins/informatie';
import { inloggen } from './plugins/inloggen';
import { type CookieOpties, sessieHook } from './plugins/sessie';
import { proefberekeningRoutes } from './routes/proefberekening';

export type { WebHulp } from './plugins/hulp';
export { WEB_INLOG_LIMIET } from './plugins/inloggen';
export { SESSIE_COOKIE, type WebSessie, webSessie } from './plugins/sessie';

export interface WebDeps {
  /** The services the pages call (and their database, clock and settings). */
  readonly o: Omgeving;
  readonly config: WebConfig;
  /** More pages registered in the web app's context (its hooks, CSRF check and helpers apply). */
  readonly paginas?: readonly ((app: FastifyInstance, web: WebHulp) => void | Promise<void>)[];
}

export async function webApp(app: FastifyInstance, deps: WebDeps): Promise<void> {
  const { o, config } = deps;
  const assets = buildAssets();
  const staten: Staten = new WeakMap();
  const cookieOpties: CookieOpties = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.veiligeCookies ?? false,
  };

  if (!app.hasDecorator('parseCookie')) await app.register(fastifyCookie);
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded'))
    await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  // Forms with files (an objection's documents): text fields as above, files bounded in size and count.
  if (!app.hasContentTypeParser('multipart/form-data')) await registreerBestanden(app);
  // Keyed on the connection's address; X-Forwarded-For only counts behind a trusted proxy.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, c) => ({ statusCode: 429, wachtSeconden: Math.ceil(c.ttl / 1000) }),
  });

  const hulp = maakHulp(assets, staten);
  assetRoutes(app, assets);
  sessieHook(app, o, staten, cookieOpties);
  beveiliging(app, hulp, staten, cookieOpties);
  informatiePaginas(app, hulp);
  registerPaginas(app, o, hulp);
  await proefberekeningRoutes(app, o, hulp);
  inloggen(app, o, config, hulp, staten, cookieOpties);
  for (const registreer of deps.paginas ?? []) await registreer(app, hulp);
  foutPaginas(app, hulp, staten, config.debug ?? false);
}
