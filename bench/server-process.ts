import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { platformNodeArgs } from '../scripts/platform.ts';
import { freePort } from '../tests/setup/free-port.ts';

export const ROOT_DIR = fileURLToPath(new URL('..', import.meta.url));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls a URL until it answers 200 (or the child dies, or time runs out). */
export async function waitForOk(url: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/** Resident set size and its peak, in MB, of a process, from /proc (Linux). */
/** RSS of the platform: its process and, with PROCESSES > 1, every worker it forked, added up. */
export async function processMemory(
  pid: number,
): Promise<{ rssMb: number; peakMb: number; pssMb: number; processes: number }> {
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => ''))
    .split(' ')
    .filter((id) => id.trim() !== '')
    .map(Number);
  let rss = 0;
  let peak = 0;
  let pss = 0;
  for (const id of [pid, ...children]) {
    const status = await readFile(`/proc/${id}/status`, 'utf8');
    // Proportional set size: a page shared by n processes (Node's code, the forked parent's pages)
    // counts 1/n in each, so the sum is what the processes take together.
    const rollup = await readFile(`/proc/${id}/smaps_rollup`, 'utf8').catch(() => '');
    const kb = (text: string, field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    rss += kb(status, 'VmRSS');
    peak += kb(status, 'VmHWM');
    pss += kb(rollup, 'Pss');
  }
  return { rssMb: rss / 1024, peakMb: peak / 1024, pssMb: pss / 1024, processes: 1 + children.length };
}

export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the first 200 from /readyz. */
  readyMs: number;
  stderr: () => string;
  stop(): Promise<number | null>;
}

/**
 * Starts the production entry point (scripts/platform.ts, bundled by `npm run build:server`) as
 * its own process, as `npm start` would, and times it from spawn to ready. Logs go to /dev/null
 * (BENCH_SERVER_STDOUT=1 shows them): the per-request log line is still formatted and written, as
 * in production.
 */
export async function startServer(options: {
  dataDir: string;
  env?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** The port (and so the issuer) of a server started again on the same data; a free one if unset. */
  port?: number;
  /** Runs the TypeScript source instead of the bundle: profiles then name each file (slower start). */
  fromSource?: boolean;
  timeoutMs?: number;
}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), ...platformNodeArgs(process.env, { fromSource: options.fromSource })],
    {
      cwd: ROOT_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DEMO_SIGN_IN: 'on',
        DEMO_APP: 'off',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: url,
        DATA_DIR: options.dataDir,
        SIGN_IN_LIMIT_PER_MINUTE: '100000',
        // The bench launches as a few residents thousands of times a minute.
        LAUNCHES_PER_MINUTE: '100000',
        OIDC_LIMIT_PER_MINUTE: '10000000',
        LOG_LEVEL: 'info',
        ...options.env,
      },
      stdio: ['ignore', process.env.BENCH_SERVER_STDOUT ? 'inherit' : 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-10_000);
  });
  try {
    await waitForOk(`${url}/readyz`, child, options.timeoutMs ?? 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`server did not start: ${(error as Error).message}\n${stderr}`);
  }
  const readyMs = performance.now() - started;
  const pid = child.pid as number;
  return {
    url,
    port,
    pid,
    child,
    readyMs,
    stderr: () => stderr,
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve(child.exitCode);
          return;
        }
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      });
    },
  };
}
