import { z } from 'zod';
import { API_BASE, API_VERSION } from '../../shared/api-version.ts';
import { ProblemSchema } from '../../shared/schemas/common.ts';
import type { RouteSpec } from '../http/api-route.ts';

type JsonSchema = Record<string, unknown>;

/**
 * `anyOf: [{type: 'string', format: 'date'}, {type: 'null'}]` (zod's `.nullable()`) written as the
 * equivalent `type: ['string', 'null'], format: 'date'` (OpenAPI 3.1): linters such as the Logius
 * date-format rule look for `format` on the property itself, not inside an `anyOf`.
 */
function flattenNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(flattenNullable);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, flattenNullable(value)] as const);
  const object = Object.fromEntries(entries) as JsonSchema;
  const anyOf = object.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return object;
  const isNull = (s: unknown) => JSON.stringify(s) === '{"type":"null"}';
  const other = anyOf.find((s) => !isNull(s)) as JsonSchema | undefined;
  if (!other || !anyOf.some(isNull) || typeof other.type !== 'string') return object;
  const { anyOf: _anyOf, ...rest } = object;
  return { ...other, ...rest, type: [other.type, 'null'] };
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return flattenNullable(rest) as JsonSchema;
}

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (object.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
/** Every API response carries it (server/http/api-conventions.ts); ADR /core/version-header. */
const versionHeaders = { 'API-Version': { $ref: '#/components/headers/API-Version' } };

/**
 * mountRoutes answers 400 when path, query or body fail their schema, and when a body is sent to
 * an operation that takes none; ADR /core/error-handling/invalid-input asks the document to say so.
 */
function validatesInput(spec: RouteSpec): boolean {
  return Boolean(spec.params || spec.query || spec.body) || ['post', 'put', 'patch'].includes(spec.method);
}

/**
 * The OpenAPI 3.1 document, generated from the same route specs and zod schemas that validate
 * requests. `sessionCookie` is the cookie this deployment really sets (`ic_session`, or
 * `__Host-ic_session` on https), so a generated client sends the right one (docs/decisions/042).
 */
export function buildOpenApiDocument(specs: RouteSpec[], publicUrl: string, sessionCookie: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const responses = Object.fromEntries(
      Object.entries(spec.responses).map(([status, response]) => {
        const content =
          Number(status) >= 400
            ? problemContent
            : response.schema
              ? { 'application/json': { schema: jsonSchema(response.schema, 'output') } }
              : undefined;
        return [status, { description: response.description, ...(content ? { content } : {}) }];
      }),
    ) as Record<string, { description: string; content?: unknown }>;
    if (validatesInput(spec)) {
      responses['400'] ??= {
        description: 'Invalid input; every field error is listed',
        content: problemContent,
      };
    }
    if (spec.auth === 'session') {
      responses['401'] ??= { description: 'Not signed in', content: problemContent };
    }
    const documentedResponses = Object.fromEntries(
      Object.entries(responses).map(([status, response]) => [
        status,
        { ...response, headers: versionHeaders },
      ]),
    );
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[spec.method] = {
      operationId: spec.operationId,
      summary: spec.summary,
      description: spec.description ?? spec.summary,
      tags: [spec.tag],
      ...(spec.auth === 'session' ? { security: [{ session: [] }] } : { security: [] }),
      parameters: [...parametersOf(spec.params, 'path'), ...parametersOf(spec.query, 'query')],
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
            },
          }
        : spec.upload
          ? {
              requestBody: {
                required: true,
                content: { [spec.upload.mediaType]: { schema: { type: 'string', format: 'binary' } } },
              },
            }
          : {}),
      responses: documentedResponses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Inwonercloud API',
      version: API_VERSION,
      description:
        'The app store through which Dutch municipalities offer their residents government-vetted self-reliance apps.',
      contact: { name: 'Inwonercloud', email: 'api@inwonercloud.example', url: `${publicUrl}/` },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: `${publicUrl}${API_BASE}` }],
    tags: [...new Set(specs.map((s) => s.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Problem: jsonSchema(ProblemSchema, 'output') },
      headers: {
        'API-Version': {
          description: 'The full semantic version of the API, e.g. 1.0.0.',
          required: true,
          schema: { type: 'string', example: API_VERSION },
        },
      },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: sessionCookie,
          description:
            "The session cookie the platform sets at sign-in (HttpOnly, SameSite=Lax). State-changing requests must also come from the platform's own origin.",
        },
      },
    },
  };
}
