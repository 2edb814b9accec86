/**
 * @module
 * @regelmaat/web — the server-rendered web app (NL Design System, WCAG 2.1 AA, B1 Dutch):
 * the Fastify plugin on the services, and the reusable "Waarom dit bedrag?" components.
 */
export {
  SESSIE_COOKIE,
  WEB_INLOG_LIMIET,
  type WebDeps,
  type WebHulp,
  type WebSessie,
  webApp,
  webSessie,
} from './app';
export { CSRF_COOKIE, CSRF_VELD } from './auth/csrf';
export { beleidPaginas } from './beleid/routes';
export { Layout, type PaginaContext } from './components/Layout';
export { Stap, Stappen, ToeslagUitkomst, UitlegOpen, WaaromDitBedrag } from './components/Uitleg';
export type { WebConfig } from './config';
export { controlePaginas } from './controle/routes';
export { maakWebServer } from './diensten/server';
export { portaalPaginas } from './portaal/routes';
export { type TekstKey, t } from './teksten';
export { werkplekPaginas } from './werkplek/routes';
