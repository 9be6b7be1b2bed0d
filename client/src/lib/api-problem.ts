import type { z } from 'zod';
import type { Problem } from '../../../shared/schemas/common.ts';
import { ApiError, readProblem } from './http.ts';

export type FieldProblem = NonNullable<Problem['errors']>[number];

/**
 * A problem+json answer (RFC 9457) as a typed error. It extends the storefront's ApiError so
 * its error page treats a 404 from these pages the same way as one from the catalog.
 */
export class ApiProblem extends ApiError {
  readonly title: string;
  readonly detail: string | undefined;
  /** The stable machine code (shared/problem-codes.ts) the client explains in its own words. */
  readonly code: string | undefined;
  readonly errors: FieldProblem[];

  constructor(status: number, problem?: Problem) {
    super(status, problem);
    this.name = 'ApiProblem';
    this.title = problem?.title ?? `HTTP ${status}`;
    this.detail = problem?.detail;
    this.code = problem?.code;
    this.errors = problem?.errors ?? [];
  }
}

export function isProblem(error: unknown, status?: number): error is ApiProblem {
  return error instanceof ApiProblem && (status === undefined || error.status === status);
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

/** Sends a request to our own API and parses the JSON answer with a shared schema (workspaces). */
export async function requestJson<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await send(method, path, options);
  return schema.parse(await response.json());
}

/**
 * Sends a request whose JSON answer the resident's pages use as its shared type without parsing
 * it here (as `getTyped` in http.ts: docs/decisions/121, checked by tests/api/storefront-answers).
 */
export async function requestTyped<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(method, path, options);
  return (await response.json()) as T;
}

/** Sends a request whose answer has no body that we use (204, or a 200 we do not read). */
export async function requestVoid(method: Method, path: string, options: RequestOptions = {}): Promise<void> {
  await send(method, path, options);
}

async function send(method: Method, path: string, { body, signal }: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  // An absolute URL: relative ones are not valid outside a browser (tests, workers).
  const response = await fetch(new URL(path, window.location.origin), {
    method,
    headers,
    // The session cookie must go along, and only to our own origin (DESIGN.md "Identity").
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (!response.ok) throw new ApiProblem(response.status, await readProblem(response));
  return response;
}

/** `encodeURIComponent` for one path segment, so an id can never add a segment of its own. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
