import { describe, expect, it } from 'vitest';
import { readProblem } from './http.ts';

const answer = (body: string, type = 'application/problem+json') =>
  new Response(body, { status: 400, headers: { 'content-type': type } });

describe('readProblem', () => {
  it('reads a problem+json body, field errors included', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Invalid input',
      status: 400,
      detail: 'Some fields are not valid; see errors.',
      code: 'invalid-input',
      errors: [{ in: 'body', field: 'claims.0', message: 'Invalid option' }],
    };

    expect(await readProblem(answer(JSON.stringify(problem)))).toEqual(problem);
  });

  it.each([
    ['a page of a proxy', '<html><body>502 Bad Gateway</body></html>'],
    ['JSON that is no problem', JSON.stringify({ items: [] })],
    ['a problem without a title', JSON.stringify({ type: 'about:blank', status: 400 })],
    ['a status as text', JSON.stringify({ type: 'about:blank', title: 'x', status: '400' })],
    ['a code that is no text', JSON.stringify({ type: 'about:blank', title: 'x', status: 409, code: 7 })],
    [
      'a field error without a field name',
      JSON.stringify({ type: 'about:blank', title: 'x', status: 400, errors: [{ message: 'm' }] }),
    ],
  ])('leaves out %s', async (_, body) => {
    expect(await readProblem(answer(body))).toBeUndefined();
  });
});
