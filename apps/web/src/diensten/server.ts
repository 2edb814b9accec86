/**
 * @module
 * `maakWebServer(o, config)`: a Fastify instance with exactly the production wiring of the web
 * app on the real services — `webApp` with `dienstenAuth(o)` and the portal and workspace pages —
 * for the e2e and HTTP tests (the lead's `regelmaat server` does the same next to the API).
 */
import type { Omgeving } from '@regelmaat/diensten';
import Fastify, { type FastifyInstance } from 'fastify';
import { webApp } from '../app';
import type { WebConfig } from '../config';
import { portaalPaginas } from '../portaal/routes';
import { werkplekPaginas } from '../werkplek/routes';
import { dienstenAuth } from './auth';

export async function maakWebServer(o: Omgeving, config: WebConfig): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(webApp, {
    auth: dienstenAuth(o),
    config,
    paginas: [portaalPaginas(o), werkplekPaginas(o)],
  });
  await app.ready();
  return app;
}
