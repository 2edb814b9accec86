/**
 * @module
 * `maakWebServer(o, config)`: a Fastify instance with exactly the production wiring of the web
 * app on the real services — `webApp` on `o` with the portal and workspace pages —
 * for the e2e and HTTP tests (the lead's `regelmaat server` does the same next to the API).
 */
import type { Omgeving } from '@regelmaat/diensten';
import Fastify, { type FastifyInstance } from 'fastify';
import { webApp } from '../app';
import { beleidPaginas } from '../beleid/routes';
import type { WebConfig } from '../config';
import { controlePaginas } from '../controle/routes';
import { portaalPaginas } from '../portaal/routes';
import { werkplekPaginas } from '../werkplek/routes';

export async function maakWebServer(o: Omgeving, config: WebConfig): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(webApp, {
    o,
    config,
    paginas: [portaalPaginas(o), werkplekPaginas(o), beleidPaginas(o), controlePaginas(o)],
  });
  await app.ready();
  return app;
}
