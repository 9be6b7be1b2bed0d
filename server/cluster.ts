import cluster from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from './config.ts';

/** A worker that dies is replaced, but not for ever: this many deaths a minute stop the platform. */
const MAX_DEATHS_PER_MINUTE = 5;

/**
 * PROCESSES > 1: that many platform processes share the port (node:cluster hands out connections).
 * They are stateless apart from the store: SQLite in WAL mode takes several processes, the catalog
 * read model follows the store's change counter, rate limits and provider state live in the store.
 * The primary loads none of the platform: it forks one process, the others once that one listens
 * (so a nedb import, decision 014, or a first boot's indexing runs in one process alone), replaces
 * a worker that dies (bounded) and passes SIGTERM on for a graceful stop.
 */
export async function runPrimary(config: Config, logger: Logger): Promise<void> {
  const deaths: number[] = [];
  let stopping = false;

  const alive = () => Object.values(cluster.workers ?? {}).filter(Boolean).length;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (alive() === 0) logger.flush(() => process.exit(0));
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length > 0 && now - (deaths[0] as number) > 60_000) deaths.shift();
    if (deaths.length > MAX_DEATHS_PER_MINUTE) {
      logger.fatal({ deaths: deaths.length }, 'platform processes keep dying; stopping');
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      logger.flush(() => process.exit(1));
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'a platform process died; starting another');
    cluster.fork();
  });

  // One first, the others once it listens: started together they share the cores and each takes
  // as much longer, so the first request waited for the slowest start (2.8 s against 1 s alone, with
  // two processes on two cores; issue 10). A replacement for a first that died counts as the first.
  let forked = 1;
  cluster.fork();
  cluster.once('listening', () => {
    for (; forked < config.processes; forked += 1) cluster.fork();
    logger.info({ processes: config.processes }, 'started the platform processes');
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the platform processes');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
