import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));

export interface DemoIdpProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const STAFF_CLIENT_SECRET = 'staff-secret-for-tests-0123456789';

/** A port for the IdP and the platform environment that connects residents and staff to it. */
export async function reserveDemoIdp(options: { residentClientSecret?: string } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return {
    port,
    url,
    platformEnv: {
      RESIDENT_SIGN_IN_ISSUER: url,
      RESIDENT_SIGN_IN_CLIENT_ID: 'inwonercloud-residents',
      ...(options.residentClientSecret
        ? { RESIDENT_SIGN_IN_CLIENT_SECRET: options.residentClientSecret }
        : {}),
      STAFF_SIGN_IN_ISSUER: url,
      STAFF_SIGN_IN_CLIENT_ID: 'inwonercloud-staff',
      STAFF_SIGN_IN_CLIENT_SECRET: STAFF_CLIENT_SECRET,
    } as Record<string, string>,
  };
}

/**
 * examples/demo-idp as its own process: the real OpenID Provider the platform signs in with,
 * over real HTTP, as `npm start` runs it. The port is chosen first so the platform's callback
 * URLs (PUBLIC_URL) can be registered at start.
 */
export async function startDemoIdp(
  platformUrl: string,
  port: number,
  options: { residentClientSecret?: string } = {},
): Promise<DemoIdpProcess> {
  const url = `http://127.0.0.1:${port}`;
  const staffClientSecret = STAFF_CLIENT_SECRET;
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/demo-idp/start.ts'], {
    cwd: ROOT_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: url,
      PLATFORM_URL: platformUrl,
      DEMO_IDP_STAFF_CLIENT_SECRET: staffClientSecret,
      ...(options.residentClientSecret
        ? { DEMO_IDP_RESIDENT_CLIENT_SECRET: options.residentClientSecret }
        : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo idp did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('demo idp listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    if (process.env.DEMO_IDP_LOG) child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`demo idp exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
