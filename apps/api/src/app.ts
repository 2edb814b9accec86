/**
 * @module
 * The service API under /v1 (NL API Design Rules): every route from `ROUTES`, a bearer session token
 * (from POST /v1/sessies…), W3C trace context, request validation with zod, RFC 9457 problem+json for
 * every error, the `API-Version` header on every response, and the OpenAPI 3.0 document at
 * /v1/openapi.json generated from the same declarations.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import {
  type Context,
  Geweigerd,
  geldigeSessie,
  NietIngelogd,
  type Omgeving,
  TeVaak,
  valideer,
  veiligeFout,
} from '@regelmaat/diensten';
import { kindSpan, leesTraceparent, nieuweTrace, traceparent } from '@regelmaat/logboek';
import { heeftRecht } from '@regelmaat/toegang';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { openapiDocument } from './openapi';
import { probleem, probleemUit } from './probleem';
import { Bestand, fastifyPad, type RouteDef } from './route';
import { ROUTES } from './routes';

export const API_VERSIE = '1.0.0';

export interface ApiOpties {
  /** Check every response against its schema (tests); off in production for speed. */
  valideerAntwoorden?: boolean;
  /** Log the stack trace of an unexpected error (REGELMAAT_DEBUG=1); off: name and code only. */
  debug?: boolean;
}

function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (!h) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m?.[1];
}

async function context(o: Omgeving, req: FastifyRequest): Promise<Context> {
  const ouder = leesTraceparent(req.headers.traceparent as string | undefined);
  const trace = ouder ? kindSpan(ouder) : nieuweTrace();
  // Signature, expiry and server-side revocation (logout) are all checked here, on every request.
  const sessie = await geldigeSessie(o, bearer(req));
  return { trace, ...(sessie ? { sessie } : {}) };
}

function controleerToegang(def: RouteDef, ctx: Context, req: FastifyRequest): void {
  if (def.toegang === 'publiek') return;
  if (!ctx.sessie) {
    throw new NietIngelogd(
      bearer(req)
        ? 'Uw sessie is verlopen of ongeldig. Log opnieuw in.'
        : 'Log eerst in (Authorization: Bearer <token>).',
    );
  }
  const rol = ctx.sessie.rol;
  if (!def.toegang.some((r) => heeftRecht(rol, r))) throw new Geweigerd(`Uw rol (${rol}) mag dit niet.`);
}

/** Validates one part of the request with the route's schema (`Ongeldig` → 400 naming each field). */
function parse<T>(schema: z.ZodType<T> | undefined, waarde: unknown, waar: 'params' | 'query' | 'body'): T {
  if (!schema) return undefined as T;
  return valideer(schema, waarde, waar === 'body' ? '' : waar);
}

/** Registers the API on an encapsulated Fastify scope; mount it with `{ prefix: '/v1' }`. */
export async function apiPlugin(app: FastifyInstance, o: Omgeving, opties: ApiOpties = {}): Promise<void> {
  const doc = openapiDocument(ROUTES, API_VERSIE);

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('API-Version', API_VERSIE);
    // Answers carry personal data and tokens: never stored by a browser or proxy, never sniffed.
    reply.header('Cache-Control', 'no-store');
    reply.header('X-Content-Type-Options', 'nosniff');
    return payload;
  });

  // Per-IP limits on the routes that declare one (logging in). The key is the connection's address
  // (`req.ip`): X-Forwarded-For counts only when the server is told to trust a proxy.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, c) => new TeVaak(Math.ceil(c.ttl / 1000)),
  });

  app.setErrorHandler((e, req, reply) => stuurProbleem(req, reply, e, opties.debug ?? false));
  app.setNotFoundHandler((req, reply) =>
    stuurProbleem(req, reply, { statusCode: 404, melding: 'Dit adres bestaat niet in de API.' }, false),
  );

  app.get('/openapi.json', async () => doc);

  for (const def of ROUTES) {
    app.route({
      method: def.methode,
      url: fastifyPad(def.pad),
      ...(def.maxBytes ? { bodyLimit: def.maxBytes } : {}),
      ...(def.limiet
        ? { config: { rateLimit: { max: def.limiet.max, timeWindow: def.limiet.vensterSeconden * 1000 } } }
        : {}),
      handler: async (req, reply) => {
        const ctx = await context(o, req);
        reply.header('traceparent', traceparent(ctx.trace));
        controleerToegang(def, ctx, req);
        const params = parse(def.params as never, req.params, 'params');
        const query = parse(def.query as never, req.query, 'query');
        const body = parse(def.body as never, req.body ?? {}, 'body');
        const uit = await def.handler({
          body,
          params,
          query,
          ctx,
          o,
          ...(req.headers.accept ? { accept: req.headers.accept } : {}),
        });
        if (uit instanceof Bestand) {
          reply.code(def.status ?? 200).type(uit.type);
          if (uit.bestandsnaam) reply.header('Content-Disposition', `inline; filename="${uit.bestandsnaam}"`);
          return reply.send(typeof uit.inhoud === 'string' ? uit.inhoud : Buffer.from(uit.inhoud));
        }
        if (opties.valideerAntwoorden) {
          const r = def.antwoord.safeParse(uit);
          if (!r.success)
            throw new Error(`antwoord van ${def.operationId} klopt niet met het schema: ${r.error.message}`);
        }
        reply.code(def.status ?? 200);
        return uit;
      },
    });
  }
}

function stuurProbleem(req: FastifyRequest, reply: FastifyReply, e: unknown, debug: boolean) {
  const f = e as { statusCode?: number; melding?: string };
  const p =
    f.statusCode === 404 && f.melding
      ? probleem('niet-gevonden', req.url, f.melding)
      : probleemUit(e, req.url);
  if (e instanceof TeVaak) reply.header('Retry-After', String(Math.max(1, Math.ceil(e.wachtSeconden))));
  // Logs carry no personal data and, outside debug mode, no stack trace (see `veiligeFout`).
  if (p.status >= 500) req.log.error({ fout: veiligeFout(e, debug) }, 'onverwachte fout');
  return reply.code(p.status).type('application/problem+json').send(p);
}
