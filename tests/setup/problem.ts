import { expect } from 'vitest';
import { ProblemSchema } from '../../shared/schemas/common.ts';

/** Asserts a problem+json response with the given status and returns the parsed problem. */
export async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = ProblemSchema.parse(await response.json());
  expect(problem.status).toBe(status);
  return problem;
}
