/**
 * @module
 * The OpenAPI 3.0.3 document (NL API Design Rules `/core/doc-openapi`, served at /v1/openapi.json),
 * generated from the route declarations: each zod schema becomes a JSON Schema in OpenAPI 3.0 form;
 * recursive definitions (the explanation tree) are moved to components.schemas.
 */
import { z } from 'zod';
import type { RouteDef } from './route';

type Json = Record<string, unknown>;

const PROBLEEM = {
  description: 'Probleem (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } },
};

function naarOpenapi(schema: z.ZodType, componenten: Json, naam: string): Json {
  const js = z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any', io: 'input' }) as Json;
  const defs = (js.$defs ?? js.definitions) as Record<string, Json> | undefined;
  delete js.$defs;
  delete js.definitions;
  delete js.$schema;
  let tekst = JSON.stringify(js);
  if (defs) {
    for (const [k, v] of Object.entries(defs)) {
      const sleutel = `${naam}_${k}`;
      componenten[sleutel] = JSON.parse(
        JSON.stringify(v)
          .replaceAll('"#/$defs/', `"#/components/schemas/${naam}_`)
          .replaceAll('"#/definitions/', `"#/components/schemas/${naam}_`),
      );
    }
    tekst = tekst
      .replaceAll('"#/$defs/', `"#/components/schemas/${naam}_`)
      .replaceAll('"#/definitions/', `"#/components/schemas/${naam}_`);
  }
  return JSON.parse(tekst) as Json;
}

function parameters(
  schema: z.ZodType | undefined,
  plaats: 'path' | 'query',
  componenten: Json,
  naam: string,
): Json[] {
  if (!schema) return [];
  const js = naarOpenapi(schema, componenten, naam);
  const props = (js.properties ?? {}) as Record<string, Json>;
  const verplicht = new Set((js.required ?? []) as string[]);
  return Object.entries(props).map(([k, v]) => ({
    name: k,
    in: plaats,
    required: plaats === 'path' || verplicht.has(k),
    schema: v,
  }));
}

export function openapiDocument(routes: readonly RouteDef[], versie: string): Json {
  const componenten: Json = {
    Probleem: {
      type: 'object',
      required: ['type', 'title', 'status', 'detail', 'code'],
      properties: {
        type: { type: 'string', format: 'uri' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        instance: { type: 'string' },
        code: { type: 'string' },
        invalidParams: {
          type: 'array',
          items: {
            type: 'object',
            properties: { name: { type: 'string' }, reason: { type: 'string' }, code: { type: 'string' } },
          },
        },
      },
    },
  };
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const op: Json = {
      operationId: r.operationId,
      summary: r.samenvatting,
      tags: [r.tag],
      description:
        r.toegang === 'publiek'
          ? 'Toegang: iedereen.'
          : `Toegang: een rol met een van deze rechten: ${r.toegang.join(', ')}.`,
      ...(r.toegang === 'publiek' ? { security: [] } : {}),
      parameters: [
        ...parameters(r.params, 'path', componenten, `${r.operationId}_pad`),
        ...parameters(r.query, 'query', componenten, `${r.operationId}_query`),
      ],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: naarOpenapi(r.body, componenten, `${r.operationId}_body`) },
              },
            },
          }
        : {}),
      responses: {
        [String(r.status ?? 200)]: {
          description: 'Gelukt',
          headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
          content: {
            'application/json': { schema: naarOpenapi(r.antwoord, componenten, r.operationId) },
            ...Object.fromEntries(
              (r.formaten ?? []).map((f) => [
                f,
                {
                  schema: f.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' },
                },
              ]),
            ),
          },
        },
        ...(r.body || r.params || r.query ? { '400': PROBLEEM } : {}),
        ...(r.maxBytes ? { '413': PROBLEEM } : {}),
        ...(r.toegang === 'publiek' ? {} : { '401': PROBLEEM, '403': PROBLEEM }),
        '404': PROBLEEM,
        '409': PROBLEEM,
        '500': PROBLEEM,
        '503': PROBLEEM,
      },
    };
    paths[r.pad] = { ...(paths[r.pad] ?? {}), [r.methode.toLowerCase()]: op };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Regelmaat API',
      description:
        'API van Regelmaat: toeslagen berekenen en uitleggen, dossiers, beschikkingen, zaken, maatwerk, contacten en het verwerkingenlogboek. Zoekvragen met een BSN gaan met POST, zodat er geen BSN in een URL of log komt. Elke route die persoonsgegevens toont of wijzigt (ook werkvoorraden, zaken, maatwerk en partnermeldingen) schrijft het verwerkingenlogboek voor iedere persoon van elk huishouden waar het antwoord over gaat, met de traceparent van het verzoek.',
      version: versie,
      contact: { name: 'Regelmaat', url: 'https://regelmaat.example', email: 'api@regelmaat.example' },
      license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
    },
    servers: [{ url: '/v1', description: 'deze server' }],
    paths: Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, v])),
    components: {
      schemas: componenten,
      headers: {
        'API-Version': { description: 'De versie van de API', schema: { type: 'string', example: versie } },
      },
      securitySchemes: {
        sessie: { type: 'http', scheme: 'bearer', description: 'Token uit POST /sessies…' },
      },
    },
    security: [{ sessie: [] }],
  };
}
