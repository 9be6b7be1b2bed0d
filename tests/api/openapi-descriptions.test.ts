import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

/**
 * Issue 15 part 6: every published operation says what it is for and who may call it, in a
 * description of its own. RouteSpec keeps `description` optional so parallel work merges, and the
 * document then falls back to the summary (which satisfies Spectral); this test is what notices.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Operation = { operationId: string; summary: string; description?: string };

describe('GET /api/v1/openapi.json', () => {
  it('gives every operation a description of its own, longer than its summary says', async () => {
    const document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations.length).toBeGreaterThan(40);
    const bare = operations
      .filter((op) => !op.description || op.description.trim() === op.summary.trim())
      .map((op) => op.operationId);
    expect(bare).toEqual([]);
  });
});
