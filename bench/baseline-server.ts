import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { freePort } from '../tests/setup/free-port.ts';
import { ROOT_DIR, waitForOk } from './server-process.ts';

/** What the baseline answers on one path: exactly these bytes with this content type. */
export interface BaselineBody {
  body: string;
  contentType: string;
}

/**
 * The bare Express baseline: the same framework on the same machine, answering each benchmarked
 * path with a precomputed body of the same bytes as the API's answer, and nothing else (no
 * middleware, no logging, no validation, no store). Runs as its own process, like the server.
 */
export async function startBaseline(bodies: Record<string, BaselineBody>, workDir: string) {
  const file = path.join(workDir, 'baseline-bodies.json');
  await writeFile(file, JSON.stringify(bodies));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), file, String(port)],
    {
      cwd: ROOT_DIR,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/__ready`, child, 30_000);
  return {
    url,
    pid: child.pid as number,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function serve(file: string, port: number): void {
  const bodies = JSON.parse(readFileSync(file, 'utf8')) as Record<string, BaselineBody>;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/__ready', (_req, res) => {
    res.send('ok');
  });
  for (const [route, { body, contentType }] of Object.entries(bodies)) {
    const bytes = Buffer.from(body);
    app.get(route, (_req, res) => {
      res.type(contentType).send(bytes);
    });
  }
  app.listen(port, '127.0.0.1');
  process.on('SIGTERM', () => process.exit(0));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  serve(process.argv[2] as string, Number(process.argv[3]));
}
