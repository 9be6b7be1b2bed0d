import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { LeaseRepository } from './lease.repository.ts';

export interface Job {
  name: string;
  /** The period a run covers: one run per period across all instances (e.g. the UTC day). */
  period: (now: Date) => string;
  run: (now: Date) => Promise<unknown>;
}

export const daily = (now: Date) => now.toISOString().slice(0, 10);
/** Every tick is its own period: for work that is safe to run anywhere at once (the mail outbox). */
export const everyTick = (now: Date) => now.toISOString();

const LEASE_MS = 10 * 60_000;

/**
 * An in-process scheduler that is safe with several instances on one store (issue 12): before a
 * job runs, the instance takes the job's lease document with a revision-checked update through
 * the store port; the period it finished is kept there, so a daily job runs once a day in all.
 */
export function createScheduler(deps: {
  leases: LeaseRepository;
  jobs: Job[];
  logger: Logger;
  holder?: string;
}) {
  const holder = deps.holder ?? `instance-${randomUUID()}`;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  async function runJob(job: Job, now: Date): Promise<boolean> {
    const period = job.period(now);
    if (!(await deps.leases.acquire(job.name, period, holder, now.getTime(), LEASE_MS))) return false;
    try {
      await job.run(now);
      await deps.leases.release(job.name, holder, period);
      return true;
    } catch (error) {
      deps.logger.error({ err: error, job: job.name }, 'scheduled job failed; another tick retries it');
      await deps.leases.release(job.name, holder, null);
      return false;
    }
  }

  return {
    holder,
    /** Runs every job that is due; returns the names of those this instance ran. */
    async tick(now = new Date()): Promise<string[]> {
      const ran: string[] = [];
      for (const job of deps.jobs) if (await runJob(job, now)) ran.push(job.name);
      return ran;
    },
    start(intervalMs: number): void {
      const loop = () => {
        running = this.tick()
          .then(() => undefined)
          .catch((error: unknown) => deps.logger.error({ err: error }, 'scheduler tick failed'))
          .finally(() => {
            running = null;
            if (timer) timer = setTimeout(loop, intervalMs).unref();
          });
      };
      timer = setTimeout(loop, Math.min(intervalMs, 1_000)).unref();
    },
    async stop(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
