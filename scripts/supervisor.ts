import type { ChildProcess } from 'node:child_process';

export interface SupervisorOptions {
  /** At most this many restarts within `windowMs`; one more crash and the supervisor gives up. */
  maxRestarts: number;
  windowMs: number;
  /** Wait before a restart, so a crash loop does not spin (doubles per recent restart, up to 5 s). */
  backoffMs: number;
  log: (line: string) => void;
}

export const DEFAULT_SUPERVISION: Omit<SupervisorOptions, 'log'> = {
  maxRestarts: 5,
  windowMs: 60_000,
  backoffMs: 500,
};

/**
 * Keeps a child process running (issue 9 item 6): when it exits without being asked to, it is
 * started again, at most `maxRestarts` times in `windowMs`, each with a log line. Beyond that the
 * crash is not transient: `onEnd` runs and the supervisor stops. The production equivalent is
 * systemd's Restart=on-failure with StartLimitBurst (docs/operations.md).
 */
export function supervise(
  name: string,
  start: () => ChildProcess,
  options: SupervisorOptions,
  /** The child stopped for good: it exited with 0 by itself, or kept crashing. */
  onEnd: (code: number) => void,
) {
  let child: ChildProcess | null = null;
  let stopping = false;
  let restarts: number[] = [];
  let timer: NodeJS.Timeout | null = null;
  let exited: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    exited = resolve;
  });

  const launch = () => {
    timer = null;
    const current = start();
    child = current;
    current.on('exit', (code, signal) => {
      child = null;
      if (stopping) {
        exited();
        return;
      }
      if (code === 0) {
        // It stopped on purpose (e.g. SIGTERM sent to it directly): not a crash, so no restart.
        options.log(`${name} stopped`);
        stopping = true;
        exited();
        onEnd(0);
        return;
      }
      const now = Date.now();
      restarts = restarts.filter((at) => now - at < options.windowMs);
      if (restarts.length >= options.maxRestarts) {
        options.log(
          `${name} stopped (${signal ?? code}); it crashed ${restarts.length + 1} times within ${options.windowMs / 1000} s, not restarting`,
        );
        stopping = true;
        exited();
        onEnd(typeof code === 'number' && code !== 0 ? code : 1);
        return;
      }
      restarts.push(now);
      const delay = Math.min(5_000, options.backoffMs * 2 ** (restarts.length - 1));
      options.log(
        `${name} stopped (${signal ?? code}); restarting in ${delay} ms (restart ${restarts.length} of at most ${options.maxRestarts} within ${options.windowMs / 1000} s)`,
      );
      timer = setTimeout(launch, delay);
    });
  };
  launch();

  return {
    get pid() {
      return child?.pid;
    },
    /** Stops the child (no restart) and resolves once it has exited. */
    stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
      if (stopping) return done;
      stopping = true;
      if (timer) {
        clearTimeout(timer);
        exited();
      } else if (child) child.kill(signal);
      else exited();
      return done;
    },
    done,
  };
}
