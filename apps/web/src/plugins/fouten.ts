/**
 * @module
 * What the web app answers when nothing else does: a B1 "not found" page (404), the "too many
 * attempts" page (429 from the rate limit), and for anything unexpected a page without details
 * (500). Logs carry no request body, personal data or (outside debug mode) stack trace.
 */
import { veiligeFout } from '@regelmaat/diensten';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_COOKIE, nieuwCsrfToken } from '../auth/csrf';
import { Melding } from '../pages/Melding';
import type { Staten, WebHulp } from './hulp';

export function foutPaginas(app: FastifyInstance, hulp: WebHulp, staten: Staten, debug: boolean): void {
  // A request that failed before the session hook still needs a CSRF token for the page's forms.
  const metStaat = (request: FastifyRequest) => {
    if (!staten.has(request))
      staten.set(request, { csrf: request.cookies?.[CSRF_COOKIE] ?? nieuwCsrfToken() });
  };

  app.setNotFoundHandler(async (request, reply) => {
    metStaat(request);
    return hulp.render(
      reply,
      Melding({ ctx: hulp.ctx(request), titel: 'nietGevonden.titel', tekst: 'nietGevonden.tekst' }),
      404,
    );
  });

  app.setErrorHandler(async (error: { statusCode?: number; wachtSeconden?: number }, request, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ fout: veiligeFout(error, debug) }, 'web: page failed');
    metStaat(request);
    if (status === 429) return hulp.teVaak(request, reply, error.wachtSeconden ?? 60);
    return hulp.render(
      reply,
      Melding({ ctx: hulp.ctx(request), titel: 'fout.titel', tekst: 'fout.tekst' }),
      status,
    );
  });
}
