import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { z } from 'zod';
import { AppError, type FieldError, ValidationError } from './errors.ts';
import { type PreparedJson, sendPreparedJson } from './prepared-json.ts';
import { parseWith, reservedKeyErrors } from './validation.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
}

export interface HandlerInput<P, Q, B> {
  req: Request;
  res: Response;
  params: P;
  query: Q;
  body: B;
}

/**
 * What a handler returns: a status with a JSON body, or with `prepared` bytes serialised once
 * for many requests (the public catalog), and extra headers. Nothing means 204.
 */
export type HandlerResult =
  | {
      status: number;
      body?: unknown;
      prepared?: PreparedJson;
      /** Bytes sent as they are (a stored document), with their own Content-Type. */
      bytes?: { data: Buffer; contentType: string };
      headers?: Record<string, string>;
    }
  | undefined;

/**
 * One API operation: the same zod schemas validate the request here and describe it in the
 * OpenAPI document (server/openapi), so the contract cannot drift from the code.
 */
export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Express path below /api/v1, e.g. `/apps/:slug`. */
  path: string;
  operationId: string;
  summary: string;
  /**
   * What the operation does and who may call it. Operations merged in from parallel work without one
   * fall back to their summary in the OpenAPI document (which Spectral requires to have one).
   */
  description?: string;
  tag: string;
  /** `session`: needs a signed-in user (the handler checks roles). */
  auth: 'public' | 'session';
  params?: P;
  query?: Q;
  body?: B;
  responses: Record<number, ResponseSpec>;
  /** Middleware that runs before validation, e.g. a rate limit. */
  before?: RequestHandler[];
  /** A binary request body (e.g. a PDF upload), read raw up to `maxBytes`; the handler checks it. */
  upload?: { mediaType: string; maxBytes: number };
  handler: (input: HandlerInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<HandlerResult>;
}

/** Keeps the generic types of each spec while collecting them in one list. */
export function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

function runSpec(spec: RouteSpec): RequestHandler {
  return async (req, res) => {
    const errors: FieldError[] = [];
    const collect = <T>(schema: z.ZodType | undefined, location: FieldError['in'], input: unknown): T => {
      if (!schema) return undefined as T;
      const parsed = parseWith(schema, location, input);
      if (parsed.ok) return parsed.value as T;
      errors.push(...parsed.errors);
      return undefined as T;
    };
    if (spec.body && !req.is('application/json')) {
      throw new AppError(415, 'Unsupported media type', 'Send the body as application/json.');
    }
    if (spec.upload && !req.is(spec.upload.mediaType)) {
      throw new AppError(415, 'Unsupported media type', `Send the body as ${spec.upload.mediaType}.`);
    }
    if (
      !spec.body &&
      !spec.upload &&
      hasBody(req) &&
      !(req.is('application/json') && isEmptyObject(req.body))
    ) {
      throw new ValidationError([{ in: 'body', field: '(root)', message: 'this operation takes no body' }]);
    }
    const params = collect(spec.params, 'path', { ...req.params });
    const query = collect(spec.query, 'query', { ...req.query });
    const reserved = spec.body ? reservedKeyErrors('body', req.body) : [];
    errors.push(...reserved);
    const body = reserved.length > 0 ? undefined : collect(spec.body, 'body', req.body);
    if (errors.length > 0) throw new ValidationError(errors);

    const result = await spec.handler({ req, res, params, query, body });
    if (!result) {
      res.status(204).end();
      return;
    }
    for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
    if (result.prepared) sendPreparedJson(req, res, result.status, result.prepared);
    else if (result.bytes) res.status(result.status).type(result.bytes.contentType).send(result.bytes.data);
    else if (result.body === undefined) res.status(result.status).end();
    else res.status(result.status).json(result.body);
  };
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function methodNotAllowed(allowed: string[]): RequestHandler {
  return () => {
    throw new AppError(405, 'Method not allowed', `Use ${allowed.join(', ')}.`, {
      headers: { Allow: allowed.join(', ') },
    });
  };
}

/** Mounts the specs; any other method on a known path answers 405 with an Allow header. */
export function mountRoutes(router: Router, specs: RouteSpec[]): void {
  const byPath = new Map<string, RouteSpec[]>();
  for (const spec of specs) byPath.set(spec.path, [...(byPath.get(spec.path) ?? []), spec]);
  for (const [path, pathSpecs] of byPath) {
    const expressRoute = router.route(path);
    const allowed = new Set<string>();
    for (const spec of pathSpecs) {
      const raw = spec.upload
        ? [express.raw({ type: spec.upload.mediaType, limit: spec.upload.maxBytes })]
        : [];
      expressRoute[spec.method](...(spec.before ?? []), ...raw, runSpec(spec));
      allowed.add(spec.method.toUpperCase());
      if (spec.method === 'get') allowed.add('HEAD');
    }
    expressRoute.all(methodNotAllowed([...allowed]));
  }
}

export function apiRouter(): Router {
  return express.Router({ strict: true, caseSensitive: true, mergeParams: false });
}
