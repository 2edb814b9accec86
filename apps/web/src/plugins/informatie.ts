/**
 * @module
 * The public pages that need no service: home, accessibility statement, privacy statement — and the
 * static assets (stylesheet, script, fonts) with their content-hashed URLs.
 */
import type { FastifyInstance } from 'fastify';
import type { Assets } from '../assets';
import { Home } from '../pages/Home';
import { Privacy, Toegankelijkheid } from '../pages/Informatie';
import type { WebHulp } from './hulp';

/** Assets: no session or CSRF work; immutable (the URL has a content hash). */
export function assetRoutes(app: FastifyInstance, assets: Assets): void {
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
}

export function informatiePaginas(app: FastifyInstance, hulp: WebHulp): void {
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
}
