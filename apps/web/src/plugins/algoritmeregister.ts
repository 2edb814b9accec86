/**
 * @module
 * The public algorithm register pages: the list and one page per algorithm, from the services'
 * register (no login, no personal data). An unknown algorithm is a "not found" page (404).
 */
import { algoritmeregister, algoritmeregisterEntry, type Omgeving } from '@regelmaat/diensten';
import type { FastifyInstance } from 'fastify';
import { metFouten } from '../diensten/context';
import { Algoritme, Algoritmeregister } from '../pages/Algoritmeregister';
import type { WebHulp } from './hulp';

export function registerPaginas(app: FastifyInstance, o: Omgeving, hulp: WebHulp): void {
  app.get('/algoritmeregister', async (request, reply) =>
    hulp.render(reply, Algoritmeregister({ ctx: hulp.ctx(request), entries: algoritmeregister(o) })),
  );
  app.get(
    '/algoritmeregister/:id',
    metFouten(hulp, 'burger', async (request, reply) => {
      const { id } = request.params as { id: string };
      return hulp.render(reply, Algoritme({ ctx: hulp.ctx(request), e: algoritmeregisterEntry(o, id) }));
    }),
  );
}
