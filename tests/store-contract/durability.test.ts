import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../server/store/embedded.store.ts';
import { makeTempDir } from '../setup/temp-dir.ts';

const writer = fileURLToPath(new URL('./fixtures/durable-writer.ts', import.meta.url));

/** Runs the writer until it has acknowledged `count` writes, then kills it with SIGKILL mid-stream. */
function writeThenKill(dataDir: string, count: number): Promise<{ inserted: string[]; updated: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const inserted: string[] = [];
    const updated: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, id] = line.split(' ');
        if (kind === 'insert' && id) inserted.push(id);
        if (kind === 'update' && id) updated.push(id);
      }
      if (inserted.length >= count && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve({ inserted, updated });
      else reject(new Error(`writer exited without being killed: ${stderr}`));
    });
  });
}

describe('embedded store durability', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('keeps every acknowledged insert and update after kill -9', async () => {
    const temp = await makeTempDir('durability-');
    cleanups.push(temp.remove);

    const { inserted, updated } = await writeThenKill(temp.dir, 300);

    const store = await openEmbeddedStore(temp.dir);
    const items = await store.collection<{ _id: string; n: number; revision: number }>('items');
    const found = new Map((await items.find({})).map((doc) => [doc._id, doc]));
    expect(inserted.length).toBeGreaterThanOrEqual(300);
    for (const id of inserted) expect(found.has(id), `acknowledged insert ${id} lost`).toBe(true);
    for (const id of updated) expect(found.get(id)?.revision, `acknowledged update of ${id} lost`).toBe(1);
    await store.close();
  });
});
