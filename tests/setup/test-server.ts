import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { boot } from '../../server/boot.ts';
import { loadConfig } from '../../server/config.ts';
import { answerClientErrorsWithProblems } from '../../server/http/client-error.ts';
import { applyServerLimits } from '../../server/http/server-limits.ts';
import { makeTempDir } from './temp-dir.ts';

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * The real app on an ephemeral port over the real embedded store in a temp directory. The port
 * is bound first so PUBLIC_URL (the OIDC issuer and the allowed Origin) is the real address.
 */
/**
 * With MONGODB_URI set, API tests run on MongoDB: each server gets a database of its own (issue 10).
 * `embeddedOnly` is for tests that look at the embedded engine itself (the fuzz suite counts its writes).
 */
function storeEnv(embeddedOnly: boolean): Record<string, string> {
  const uri = process.env.MONGODB_URI;
  if (!uri || embeddedOnly) return {};
  const url = new URL(uri);
  url.pathname = `/inwonercloud-test-${randomUUID().slice(0, 8)}`;
  return { MONGODB_URI: url.toString() };
}

export async function startTestServer(
  env: Record<string, string> = {},
  options: { dataDir?: string; logger?: Logger; embeddedOnly?: boolean } = {},
) {
  // A given data directory is reused and kept (restart tests); otherwise a fresh one is removed at close.
  const temp = options.dataDir
    ? { dir: options.dataDir, remove: async () => undefined }
    : await makeTempDir();
  // Looks for timed-out requests every half second, so the timeout tests need not wait long.
  const server = createServer({ connectionsCheckingInterval: 500 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: temp.dir,
    PORT: String(port),
    PUBLIC_URL: url,
    LOG_LEVEL: 'silent',
    ...storeEnv(options.embeddedOnly ?? false),
    // Test files create many listings with one organisation; the limits' own test sets them low.
    DRAFT_SAVES_PER_MINUTE: '100000',
    LISTINGS_PER_ORGANISATION: '100000',
    LAUNCHES_PER_MINUTE: '100000',
    ...env,
  });
  applyServerLimits(server, config);
  const booted = await boot(config, options.logger ?? pino({ level: 'silent' }));
  // As serve.ts does once listening: the first page is not the one that loads the renderer.
  await booted.firstViews.ready();
  server.on('request', booted.handler);
  answerClientErrorsWithProblems(server);
  return {
    ...booted,
    url,
    dataDir: temp.dir,
    config,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await booted.store.close();
      await temp.remove();
    },
  };
}
