import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/** How long after the first process listens the primary reads its own configuration. */
const CONFIGURE_AFTER_MS = 500;
/** A worker that dies is replaced, but not for ever: this many deaths a minute stop the platform. */
const MAX_DEATHS_PER_MINUTE = 5;

/**
 * PROCESSES > 1: that many platform processes share the port (node:cluster hands out connections).
 * They are stateless apart from the store: SQLite in WAL mode takes several processes, the catalog
 * read model follows the store's change counter, rate limits and provider state live in the store.
 * The primary loads none of the platform. It forks the first process at once, before it reads its
 * own configuration (after that one listens), and the others once that one
 * listens: started together they would share the cores and each take as much longer, so the first
 * request would wait for the slowest (2.8 s against 1 s alone, two processes on two cores; issue 10),
 * and a nedb import (decision 014) or a first boot's indexing runs in one process alone. It
 * replaces a process that dies (bounded) and passes SIGTERM on for a graceful stop.
 */
export async function runPrimary(processes: number): Promise<void> {
  const deaths: number[] = [];
  let stopping = false;
  let logger: Logger | undefined;
  const alive = () => Object.values(cluster.workers ?? {}).filter(Boolean).length;
  const exit = (code: number) => (logger ? logger.flush(() => process.exit(code)) : process.exit(code));

  /**
   * The primary's own configuration and logger (zod and pino: ~0.1 s of CPU), read shortly after
   * the first process listens, or as soon as one exits. Read at once, they took a core from the first
   * process's start on a 2-core machine (issue 10, restart). A configuration the processes refuse
   * makes the first one exit, and so is still reported here, once.
   */
  let configured: Promise<void> | undefined;
  const configure = () => {
    configured ??= (async () => {
      const [{ ConfigError, loadConfig }, { createLogger }] = await Promise.all([
        import('./config.ts'),
        import('./logger.ts'),
      ]);
      try {
        logger = createLogger(loadConfig().logLevel);
      } catch (error) {
        // The processes refuse the same configuration (silently, as workers): stop them and say
        // it once, here and now, before their exits could end this process with another code.
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
        console.error(error instanceof ConfigError ? error.message : error);
        process.exit(1);
      }
    })();
    return configured;
  };

  // A replacement for a first process that died counts as the first.
  let forked = 1;
  cluster.fork();
  cluster.once('listening', () => {
    for (; forked < processes; forked += 1) cluster.fork();
    // Not at once either: this process accepts every connection and hands it on (round robin),
    // the readiness probe's first one included, which would wait for zod to compile.
    setTimeout(() => {
      void configure().then(() => logger?.info({ processes }, 'started the platform processes'));
    }, CONFIGURE_AFTER_MS).unref();
  });
  cluster.on('exit', (worker, code, signal) => {
    void configure().then(() => replace(worker, code, signal));
  });
  const replace = (worker: Worker, code: number, signal: string) => {
    if (stopping) {
      if (alive() === 0) exit(0);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length > 0 && now - (deaths[0] as number) > 60_000) deaths.shift();
    if (deaths.length > MAX_DEATHS_PER_MINUTE) {
      logger?.fatal({ deaths: deaths.length }, 'platform processes keep dying; stopping');
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      exit(1);
      return;
    }
    logger?.error({ pid: worker.process.pid, code, signal }, 'a platform process died; starting another');
    cluster.fork();
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger?.info({ signal }, 'stopping the platform processes');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
