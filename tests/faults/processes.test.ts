import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { signedIn } from '../setup/api-client.ts';
import { freePort } from '../setup/free-port.ts';
import { makeTempDir } from '../setup/temp-dir.ts';
import { type ChildServer, killChildServer, startChildServer } from './child-server.ts';

/**
 * Issue 10: a process per core on one machine (PROCESSES=2), all on one DATA_DIR. Each request may
 * land in either process, so every read below also shows what the other process wrote.
 */
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let server: ChildServer | undefined;

beforeAll(async () => {
  temp = await makeTempDir('processes-');
  server = await startChildServer(temp.dir, await freePort(), 60_000, { PROCESSES: '2' });
}, 90_000);

afterAll(async () => {
  await killChildServer(server);
  await temp?.remove();
});

function workers(primary: ChildServer): number[] {
  const out = execFileSync('ps', ['--ppid', String(primary.child.pid), '-o', 'pid=', '-o', 'args='], {
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter((line) => line.includes('server/start.ts'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** Processes whose environment holds this entry (Linux /proc; a worker inherits its primary's). */
function processesWithEnv(entry: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(entry);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('several platform processes on one data directory', () => {
  it('serves from two processes that see each other’s writes at once', async () => {
    const target = server as ChildServer;
    expect(workers(target)).toHaveLength(2);
    const vendor = await signedIn(target.url, 'vendor-samensterk');
    for (let i = 0; i < 6; i += 1) {
      const draft = buildListingDraft();
      expect((await vendor.post('/api/v1/vendor/listings', { draft })).status).toBe(201);
      const names = ((await (await vendor.get('/api/v1/vendor/listings')).json()) as { name: string }[]).map(
        (listing) => listing.name,
      );
      expect(names).toContain(draft.name);
    }
  });

  it('replaces a process that dies, and keeps serving meanwhile', async () => {
    const target = server as ChildServer;
    const [victim] = workers(target);
    process.kill(victim as number, 'SIGKILL');
    await until(() => {
      const now = workers(target);
      return now.length === 2 && !now.includes(victim as number);
    }, 20_000);
    await until(async () => (await fetch(`${target.url}/readyz`).catch(() => null))?.status === 200, 10_000);
    expect(target.output()).toContain('a platform process died; starting another');
  });

  it('stops every process on SIGTERM and exits 0', async () => {
    const target = server as ChildServer;
    target.child.kill('SIGTERM');
    const exit = await Promise.race([
      target.exited,
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000)),
    ]);
    server = undefined;
    expect(exit).toEqual({ code: 0, signal: null });
  });
});

describe('a configuration the processes cannot run with', () => {
  it('is reported once by the primary, which stops the process it forked first and exits 1', async () => {
    const dir = await makeTempDir('processes-config-');
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
        env: { ...process.env, PROCESSES: '2', PORT: 'not-a-port', DATA_DIR: dir.dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(output.match(/Invalid configuration/g)).toHaveLength(1);
      expect(output).toMatch(/PORT: /);
      // The first process was forked before the configuration was read: nothing of it is left.
      await until(() => processesWithEnv(`DATA_DIR=${dir.dir}`).length === 0, 5_000);
    } finally {
      await dir.remove();
    }
  });
});
