import type { z } from 'zod';
import type { Problem } from '../../../shared/schemas/common.ts';

/** An API answer that was not a success. Pages show a friendly text, never the raw problem. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem?: Problem) {
    super(problem?.title ?? `API answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isNotFoundError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/**
 * GETs an API path on our own origin and parses the body with a shared schema. The workspaces
 * (vendor portal, review, admin and the like) read this way; zod loads with their pages.
 */
export async function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  return schema.parse(await (await getOk(path, signal)).json());
}

/**
 * GETs an API path whose answer the resident's pages use as its shared type (`T` comes from
 * shared/schemas) without parsing it again here: zod and the schemas would be a sixth of every
 * first load on a cheap phone (issue 10, docs/decisions/121). The API tests check each of these
 * answers against its schema instead (tests/api/storefront-answers.test.ts).
 */
export async function getTyped<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await (await getOk(path, signal)).json()) as T;
}

async function getOk(path: string, signal: AbortSignal | undefined): Promise<Response> {
  // An absolute URL: relative ones are not valid outside a browser (tests, workers).
  const url = new URL(path, window.location.origin);
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return response;
}

/**
 * The problem+json body of a failed response, when it is one. Checked by its shape rather than
 * with ProblemSchema, so no page needs zod to read a refusal (docs/decisions/121): the API makes
 * every problem on one path, and its tests parse them with ProblemSchema (tests/setup/problem.ts).
 */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const body: unknown = await response.json();
    return isProblemBody(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

function isProblemBody(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const { type, title, status, detail, code, errors } = body as Record<string, unknown>;
  const optionalText = (value: unknown) => value === undefined || typeof value === 'string';
  return (
    typeof type === 'string' &&
    typeof title === 'string' &&
    typeof status === 'number' &&
    optionalText(detail) &&
    optionalText(code) &&
    (errors === undefined || (Array.isArray(errors) && errors.every(isFieldProblem)))
  );
}

function isFieldProblem(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { field, message } = error as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}

/** Builds `?a=1&b=2` from the values that are set, so the API never sees empty keys. */
export function toQuery(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `?${query}` : '';
}
