import { createServer, type Server } from 'node:http';
import { loadConfig } from './config.ts';
import { answerClientErrorsWithProblems } from './http/client-error.ts';
import { gracefulDrain } from './http/graceful-drain.ts';
import { applyServerLimits, serverOptions } from './http/server-limits.ts';
import { createLogger } from './logger.ts';

const SHUTDOWN_GRACE_MS = 10_000;

/** One platform process: the only one, or one of several under the primary (server/cluster.ts). */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { boot } = await import('./boot.ts');
  const { handler, store, services, firstViews } = await boot(config, logger);

  // The daily evidence sweep, incident notices and mail delivery; safe with several instances.
  const scheduler = services.newScheduler();
  scheduler.start(config.schedulerIntervalMs);

  const server: Server = createServer(serverOptions(config), handler);
  applyServerLimits(server, config);
  server.listen(config.port, config.host, () => {
    logger.info(
      {
        url: config.publicUrl,
        host: config.host,
        port: config.port,
        store: store.kind,
        demoSignIn: config.demoSignIn,
      },
      'Inwonercloud is listening',
    );
    // Loaded half a second after the server listens, so that compiling the 1 MB renderer does not
    // hold up the readiness probe (issue 10); a page asked for before then loads it itself.
    setTimeout(() => void firstViews.ready(), 500).unref();
    // The OpenID Provider likewise, a little before (decision 019); a launch asked for before then
    // waits for it. Not at once: loading it holds the event loop ~0.1 s, and the readiness probe
    // and the first requests come first.
    setTimeout(() => void services.oidcProvider.warm(), 250).unref();
  });
  answerClientErrorsWithProblems(server);
  const drainer = gracefulDrain(server);
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'server failed');
    process.exit(1);
  });

  let stopping = false;
  // Stop accepting, let in-flight requests finish, then close the store.
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await drainer.drain(SHUTDOWN_GRACE_MS / 2);
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    // Keep-alive connections that finish their request after close() would otherwise stay open
    // until the client's idle timeout: close each as soon as it is idle.
    const sweep = setInterval(() => server.closeIdleConnections(), 50).unref();
    server.close(async () => {
      clearTimeout(force);
      clearInterval(sweep);
      // Saves the next start from re-indexing the catalog; it is only a cache, so a failure is logged.
      await services.catalog
        .saveSearchIndex()
        .catch((error: unknown) => logger.warn({ err: error }, 'could not save the search index'));
      await scheduler.stop();
      services.mailer?.close();
      await store.close();
      logger.info('stopped');
      // The log stream is asynchronous: let the last lines out, in order, before exiting.
      logger.flush(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
