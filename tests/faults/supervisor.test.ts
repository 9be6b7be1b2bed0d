import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { supervise } from '../../scripts/supervisor.ts';
import { freePort } from '../setup/free-port.ts';
import { makeTempDir } from '../setup/temp-dir.ts';

// Issue 9 item 6: in `npm start` a crash of the platform restarts it (bounded, with a log line),
// and the demo app and the launcher do not exit with it.
const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));
const node = (code: string) => () => spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The ids of a process's children, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === pid ? [Number(entry)] : [];
      } catch {
        return [];
      }
    });
}

const commandOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');

describe('supervisor', () => {
  it('restarts a crashing child with a log line, at most 5 times a minute, then gives up', async () => {
    const lines: string[] = [];
    let ended: number | null = null;
    const crasher = supervise(
      'platform',
      node('setTimeout(() => process.exit(3), 20)'),
      { maxRestarts: 5, windowMs: 60_000, backoffMs: 10, log: (line) => lines.push(line) },
      (code) => {
        ended = code;
      },
    );
    await crasher.done;
    expect(lines.filter((line) => line.includes('; restarting in'))).toHaveLength(5);
    expect(lines[0]).toMatch(
      /^platform stopped \(3\); restarting in 10 ms \(restart 1 of at most 5 within 60 s\)/,
    );
    expect(lines.at(-1)).toMatch(/crashed 6 times within 60 s, not restarting/);
    expect(ended).toBe(3);
  });

  it('restarts again once earlier crashes are older than the window', async () => {
    const lines: string[] = [];
    let runs = 0;
    const child = supervise(
      'platform',
      () => {
        runs += 1;
        return node('setTimeout(() => process.exit(1), 30)')();
      },
      { maxRestarts: 2, windowMs: 150, backoffMs: 160, log: (line) => lines.push(line) },
      () => undefined,
    );
    for (let waited = 0; runs < 5 && waited < 20_000; waited += 50) await sleep(50);
    await child.stop();
    // Two restarts allowed per 150 ms, and each run lasts longer than that: it never gives up.
    expect(runs).toBeGreaterThanOrEqual(5);
    expect(lines.some((line) => line.includes('not restarting'))).toBe(false);
  });

  it('keeps a steady sibling running while the other child crashes and restarts', async () => {
    const steady = supervise('demo app', node('setInterval(() => {}, 1000)'), quiet(), () => undefined);
    const firstPid = steady.pid;
    const crasher = supervise(
      'platform',
      node('setTimeout(() => process.exit(1), 20)'),
      quiet(),
      () => undefined,
    );
    await sleep(300);
    expect(steady.pid).toBe(firstPid);
    expect(() => process.kill(firstPid as number, 0)).not.toThrow();
    await Promise.all([steady.stop(), crasher.stop()]);
    expect(() => process.kill(firstPid as number, 0)).toThrow();
  });

  describe('npm start (scripts/start.ts)', () => {
    const state: { launcher?: ReturnType<typeof spawn>; remove?: () => Promise<void> } = {};
    afterAll(async () => {
      state.launcher?.kill('SIGTERM');
      await new Promise((resolve) => (state.launcher ? state.launcher.once('exit', resolve) : resolve(null)));
      await state.remove?.();
    });

    it('brings the platform back after kill -9, with the demo app and the launcher still running', async () => {
      const temp = await makeTempDir();
      state.remove = temp.remove;
      const [port, demoPort] = [await freePort(), await freePort()];
      let output = '';
      const launcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--source'], {
        cwd: ROOT_DIR,
        env: {
          ...process.env,
          NODE_ENV: 'development',
          PORT: String(port),
          DEMO_APP_PORT: String(demoPort),
          DATA_DIR: temp.dir,
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      state.launcher = launcher;
      launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const ready = async (url: string) => {
        for (let i = 0; i < 200; i += 1) {
          const ok = await fetch(url).then(
            (r) => r.ok,
            () => false,
          );
          if (ok) return;
          await sleep(150);
        }
        throw new Error(`${url} did not come up:\n${output}`);
      };
      await ready(`http://127.0.0.1:${port}/readyz`);
      await ready(`http://127.0.0.1:${demoPort}/`);

      const children = childrenOf(launcher.pid as number);
      const platform = children.find((pid) => commandOf(pid).includes('server/start.ts'));
      const demo = children.find((pid) => commandOf(pid).includes('demo-app'));
      expect(platform && demo).toBeTruthy();
      process.kill(platform as number, 'SIGKILL');

      await sleep(200);
      await ready(`http://127.0.0.1:${port}/readyz`);
      expect(output).toMatch(/\[supervisor\] platform stopped \(SIGKILL\); restarting/);
      expect(launcher.exitCode).toBeNull();
      expect(childrenOf(launcher.pid as number)).toContain(demo);
      expect((await fetch(`http://127.0.0.1:${demoPort}/`)).status).toBeLessThan(500);
    }, 90_000);
  });
});

function quiet() {
  return { maxRestarts: 5, windowMs: 60_000, backoffMs: 10, log: () => undefined };
}
