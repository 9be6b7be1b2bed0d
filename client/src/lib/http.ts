import type { z } from 'zod';
import { type Problem, ProblemSchema } from '../../../shared/schemas/common.ts';

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
 * GETs an API path on our own origin and parses the body with a shared schema, so the
 * storefront never works with data whose shape it has not checked.
 */
export async function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  // An absolute URL: relative ones are not valid outside a browser (tests, workers).
  const url = new URL(path, window.location.origin);
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return schema.parse(await response.json());
}

/** The problem+json body of a failed response, when it is one. */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const parsed = ProblemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
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
