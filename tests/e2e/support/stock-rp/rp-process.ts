import { type ChildProcess, spawn } from 'node:child_process';

/** A relying party running as a child process, stopped (and waited for) at close. */
export interface RunningRp {
  /** The RP's origin, e.g. http://127.0.0.1:41234. */
  url: string;
  /** Everything the process wrote, for a failure message. */
  output(): string;
  close(): Promise<void>;
}

/** Starts a child process and waits until `url` answers HTTP at all (any status). */
export async function startRpProcess(
  command: string,
  args: string[],
  options: { url: string; env: Record<string, string>; cwd: string; logFile?: () => string },
): Promise<RunningRp> {
  let output = '';
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const describe = () => `${output}${options.logFile ? `\n${options.logFile()}` : ''}`;

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}):\n${describe()}`);
    try {
      await fetch(options.url, { redirect: 'manual', signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`${command} did not answer at ${options.url}:\n${describe()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url: options.url,
    output: describe,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
