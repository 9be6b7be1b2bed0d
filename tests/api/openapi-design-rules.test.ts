/**
 * The machine-checkable rules of the Dutch API Design Rules (Logius, "ADR"), checked against the
 * OpenAPI document the real server publishes. The Logius Spectral ruleset cannot be fetched here,
 * so its rules are restated below, one test a rule, named by the rule's id. Where the document
 * still breaks a rule for a reason outside the generator, the exceptions are listed by name and
 * must match exactly: a new violation fails, and so does a fixed one that is still listed.
 * See docs/decisions/008-api-design-rules-check.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE } from '../../shared/api-version.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

type Json = Record<string, unknown>;
interface Operation extends Json {
  parameters?: { name: string; in: string }[];
  requestBody?: Json;
  responses: Record<string, { headers?: Json; content?: Record<string, { schema?: Json }> }>;
}
interface OpenApiDocument {
  openapi: string;
  info: { version: string; contact?: { name?: string; email?: string; url?: string } };
  servers?: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, Json>; securitySchemes?: Record<string, Json> };
}

/** As deployed: PUBLIC_URL is https; the document's server and contact URLs are made from it. */
const PUBLIC_URL = 'https://inwonercloud.example';
const OPERATION_KEYS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];
const ALLOWED_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

let server: TestServer;
let response: Response;
let doc: OpenApiDocument;

beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL });
  response = await fetch(`${server.url}${API_BASE}/openapi.json`, {
    headers: { Origin: 'https://some-other-site.example' },
  });
  doc = (await response.clone().json()) as OpenApiDocument;
});
afterAll(() => server.close());

function operations(): { name: string; path: string; method: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([key]) => OPERATION_KEYS.includes(key))
      .map(([method, op]) => ({
        name: `${method.toUpperCase()} ${path}`,
        path,
        method,
        op: op as Operation,
      })),
  );
}

function resolve(node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>(
      (at, key) => (at as Json | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
      doc,
    );
  return target as Json;
}

/** Every named property of every schema, wherever it sits in the document, with where it was found. */
function properties(): { name: string; schema: Json; where: string }[] {
  const found: { name: string; schema: Json; where: string }[] = [];
  const walk = (node: unknown, where: string) => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, `${where}[${i}]`);
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Json;
    if (typeof record.properties === 'object' && record.properties !== null) {
      for (const [name, schema] of Object.entries(record.properties as Record<string, Json>)) {
        found.push({ name, schema, where: `${where}.properties.${name}` });
      }
    }
    for (const [key, child] of Object.entries(record)) walk(child, `${where}.${key}`);
  };
  walk(doc, '$');
  return found;
}

/** `schema` and the variants zod writes for optional and nullable values. */
function variants(schema: Json): Json[] {
  const union = [...((schema.anyOf as Json[]) ?? []), ...((schema.oneOf as Json[]) ?? [])];
  return [schema, ...union.flatMap(variants)];
}

/** Each rule collects every violation, so one failure names every offending path or operation. */
function expectNone(violations: string[], rule: string) {
  expect(violations, `${rule} is broken by:\n  ${violations.join('\n  ')}`).toEqual([]);
}

function expectOnlyKnown(violations: string[], known: string[], rule: string) {
  const unique = [...new Set(violations)].sort();
  expect(
    unique,
    `${rule}: the violations differ from the known exceptions (add no new ones; remove fixed ones):\n  ${unique.join('\n  ')}`,
  ).toEqual([...known].sort());
}

describe('Dutch API Design Rules in the published OpenAPI document', () => {
  it('/core/doc-openapi: an OpenAPI 3 document with paths, every $ref resolvable', () => {
    const violations: string[] = [];
    if (!/^3(\.\d+){1,2}$/.test(doc.openapi)) violations.push(`openapi is "${doc.openapi}", not 3.x`);
    if (Object.keys(doc.paths ?? {}).length === 0) violations.push('no paths are defined');
    JSON.stringify(doc, (key, value) => {
      if (key === '$ref' && resolve({ $ref: value }) === undefined)
        violations.push(`$ref ${value} resolves to nothing`);
      return value;
    });
    expectNone(violations, '/core/doc-openapi');
  });

  it('/core/publish-openapi: openapi.json in the base path, without signing in, readable from any origin', () => {
    expect(response.status, 'GET openapi.json without a session').toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin'), 'CORS must allow all origins').toBe('*');
    const basePaths = (doc.servers ?? []).map((s) => new URL(s.url).pathname);
    expect(basePaths, 'openapi.json is served at the base path the servers name').toEqual([API_BASE]);
  });

  it('/core/doc-openapi-contact: info.contact has a name, an email address and a URL', () => {
    const contact = doc.info.contact ?? {};
    const violations: string[] = [];
    if (!contact.name?.trim()) violations.push('info.contact.name is missing');
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact.email ?? ''))
      violations.push('info.contact.email is missing');
    if (!URL.canParse(contact.url ?? '')) violations.push('info.contact.url is not an absolute URL');
    expectNone(violations, '/core/doc-openapi-contact');
  });

  it('/core/semver: info.version is a semantic version', () => {
    expect(doc.info.version).toMatch(
      /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
    );
  });

  it('/core/uri-version: every server URL ends in the major version only, prefixed with v', () => {
    const major = doc.info.version.split('.')[0];
    const violations = (doc.servers ?? [])
      .filter((s) => !new RegExp(`/v${major}$`).test(new URL(s.url).pathname))
      .map((s) => `server ${s.url} does not end in /v${major}`);
    if ((doc.servers ?? []).length === 0) violations.push('no servers are listed');
    expectNone(violations, '/core/uri-version');
  });

  it('/core/version-header: every response declares API-Version, and the server sends info.version', () => {
    const violations = operations().flatMap(({ name, op }) =>
      Object.entries(op.responses)
        .filter(([, r]) => !Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === 'api-version'))
        .map(([status]) => `${name} ${status} declares no API-Version header`),
    );
    expectNone(violations, '/core/version-header');
    expect(response.headers.get('api-version'), 'API-Version sent with openapi.json').toBe(doc.info.version);
  });

  it('/core/no-trailing-slash: no path ends with a slash', () => {
    const violations = Object.keys(doc.paths).filter((path) => path !== '/' && path.endsWith('/'));
    expectNone(violations, '/core/no-trailing-slash');
  });

  it('/core/path-segments-kebab-case: every path segment is kebab-case', () => {
    // The regex the rule gives in "How to test"; the ruleset exempts openapi.json and openapi.yaml.
    const kebab = /^(\/|(\/_[a-z0-9]+|\/(([a-z0-9-]+|{[^}]+})(\/([a-z0-9\-.]+|{[^}]+}))*)(\/_[a-z]+)?)\/?)$/;
    const violations = Object.keys(doc.paths).filter(
      (path) => !/\/openapi\.(json|yaml)$/.test(path) && !kebab.test(path),
    );
    expectNone(violations, '/core/path-segments-kebab-case');
  });

  it('/core/query-keys-camel-case: every query key is lower camelCase', () => {
    const camel = /^\$?[a-z][a-z\d]*([A-Z][a-z\d]*)*$/;
    const violations = operations().flatMap(({ name, op }) =>
      (op.parameters ?? [])
        .filter((p) => p.in === 'query' && !camel.test(p.name))
        .map((p) => `${name}: query key "${p.name}"`),
    );
    for (const [scheme, definition] of Object.entries(doc.components?.securitySchemes ?? {})) {
      if (definition.in === 'query' && !camel.test(String(definition.name))) {
        violations.push(`security scheme ${scheme}: query key "${definition.name}"`);
      }
    }
    expectNone(violations, '/core/query-keys-camel-case');
  });

  it('/core/http-methods: only GET, POST, PUT, PATCH and DELETE operations', () => {
    const violations = operations()
      .filter(({ method }) => !ALLOWED_METHODS.includes(method))
      .map(({ name }) => name);
    expectNone(violations, '/core/http-methods');
  });

  it('/core/error-handling/problem-details: every 4xx and 5xx is problem+json with status, title and detail', () => {
    const violations = operations().flatMap(({ name, op }) =>
      Object.entries(op.responses)
        .filter(([status]) => /^[45]\d\d$/.test(status))
        .flatMap(([status, r]) => {
          const types = Object.keys(r.content ?? {});
          const problems = types.filter(
            (t) => t === 'application/problem+json' || t === 'application/problem+xml',
          );
          if (problems.length === 0)
            return [`${name} ${status}: content is ${types.join(', ') || 'missing'}`];
          return problems.flatMap((type) => {
            const schema = resolve(r.content?.[type]?.schema ?? {});
            const members = Object.keys((schema?.properties as Json) ?? {});
            return ['status', 'title', 'detail']
              .filter((member) => !members.includes(member))
              .map((member) => `${name} ${status} ${type}: no "${member}" member`);
          });
        }),
    );
    expectNone(violations, '/core/error-handling/problem-details');
  });

  it('/core/error-handling/invalid-input: operations that take input document a 400', () => {
    const violations = operations()
      .filter(
        ({ method, op }) =>
          ['post', 'put', 'patch'].includes(method) ||
          (['get', 'delete'].includes(method) && (op.parameters ?? []).length > 0),
      )
      .filter(({ op }) => !op.responses['400'])
      .map(({ name }) => `${name} documents no 400`);
    expectNone(violations, '/core/error-handling/invalid-input');
  });

  it('/core/date-time: date, datetime and time fields declare their format', () => {
    // Names the Logius ruleset treats as dates (date, datum, birthDate, expiration_date), plus
    // this API's timestamps, which end in "At" (approvedAt) or are called "at".
    const dateName = /^(date|datum)$|((\w+D)|(_[dD]))((ate)|(atum))/;
    const timestampName = /^at$|[a-z]At$/;
    const violations: string[] = [];
    for (const { name, schema, where } of properties()) {
      const formats = variants(schema)
        .map((v) => v.format)
        .filter((f): f is string => typeof f === 'string');
      if (formats.includes('date-time-local'))
        violations.push(`${name}: date-time-local instead of date-time (${where})`);
      if (formats.includes('time')) violations.push(`${name}: time instead of time-local (${where})`);
      if (dateName.test(name) && !formats.includes('date'))
        violations.push(`${name}: a date without format date`);
      if (timestampName.test(name) && !formats.includes('date-time')) {
        violations.push(`${name}: a timestamp without format date-time`);
      }
    }
    expectOnlyKnown(violations, [], '/core/date-time');
  });

  it('/core/lang-code: fields naming a language are constrained to BCP 47 language tags', () => {
    const languageName = /^(language|languages|taal|talen)$|((\w+L|_[lL])anguages?|(\w+T|_[tT])aal)$/;
    const bcp47 = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
    const constrained = (schema: Json): boolean => {
      const item = schema.type === 'array' ? ((schema.items as Json) ?? {}) : schema;
      if (item.format === 'language') return true;
      if (Array.isArray(item.enum)) return item.enum.every((value) => bcp47.test(String(value)));
      return typeof item.pattern === 'string' && /^\^\[a-z\]\{2(,3)?\}\$$/.test(item.pattern);
    };
    const violations = properties()
      .filter(({ name, schema }) => languageName.test(name) && !variants(schema).some(constrained))
      .map(({ name }) => `${name}: any string, not a BCP 47 language tag`);
    // Known: the catalog's output schema (shared/schemas/catalog.ts) says z.array(z.string()).
    expectOnlyKnown(violations, [], '/core/lang-code');
  });

  it('servers (nlgov:servers-use-https, -at-least-one-absolute): absolute https URLs', () => {
    const servers = doc.servers ?? [];
    const violations = servers
      .filter((s) => !URL.canParse(s.url) || new URL(s.url).protocol !== 'https:')
      .map((s) => `server ${s.url} is not an absolute https URL`);
    if (servers.length === 0) violations.push('no servers are listed');
    expectNone(violations, 'nlgov:servers-use-https');
    expect(servers.map((s) => s.url)).toEqual([`${PUBLIC_URL}${API_BASE}`]);
  });

  it('nlgov:schema-camel-case: component schema names are UpperCamelCase', () => {
    const violations = Object.keys(doc.components?.schemas ?? {}).filter(
      (name) => !/^[A-Z][a-zA-Z0-9]*$/.test(name),
    );
    expectNone(violations, 'nlgov:schema-camel-case');
  });

  it('nlgov:always-return-objects: success responses are JSON objects, not bare arrays', () => {
    const violations = operations().flatMap(({ name, op }) =>
      Object.entries(op.responses)
        .filter(([status]) => /^2\d\d$/.test(status))
        .flatMap(([, r]) =>
          Object.entries(r.content ?? {})
            .filter(([type, media]) => /json|xml/.test(type) && resolve(media.schema ?? {}).type !== 'object')
            .map(([type, media]) => `${name} ${type}: ${String(resolve(media.schema ?? {}).type)}`),
        ),
    );
    // Known: these lists are answered as bare arrays; wrapping them ({ items }) changes the API.
    expectOnlyKnown(
      violations,
      [
        'GET /categories application/json: array',
        'GET /criteria application/json: array',
        'GET /me/consents application/json: array',
        'GET /municipalities application/json: array',
        'GET /reviews application/json: array',
        'GET /session/demo-personas application/json: array',
        'GET /suspensions application/json: array',
        'GET /vendor/listings application/json: array',
      ],
      'nlgov:always-return-objects',
    );
  });
});
