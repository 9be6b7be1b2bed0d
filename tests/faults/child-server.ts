import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

/**
 * The production entry point, server/start.ts, as its own process on a data directory: what a
 * deployment runs, so kill -9 and SIGTERM hit the real thing.
 */
export async function startChildServer(
  dataDir: string,
  port: number,
  timeoutMs = 30_000,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: ROOT_DIR,
    env: {
      // The fault tests look at the embedded store's directory: never MongoDB.
      ...withoutMongo(process.env),
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SIGN_IN_LIMIT_PER_MINUTE: '100000',
      DRAFT_SAVES_PER_MINUTE: '100000',
      LISTINGS_PER_ORGANISATION: '100000',
      LAUNCHES_PER_MINUTE: '100000',
      DEMO_APP: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited during start-up:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { url, port, child, exited, output: () => output };
}

/** Ends a child server if it is still running (SIGKILL: for clean-up only). */
export async function killChildServer(server: ChildServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGKILL');
  await server.exited;
}

function withoutMongo(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { MONGODB_URI: _mongo, ...rest } = env;
  return rest;
}
