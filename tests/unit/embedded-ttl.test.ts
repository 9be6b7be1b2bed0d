import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../server/store/embedded.store.ts';
import { makeTempDir } from '../setup/temp-dir.ts';

const temp = await makeTempDir();
const store = await openEmbeddedStore(temp.dir, { ttlSweepMs: 50 });
afterAll(async () => {
  await store.close();
  await temp.remove();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('embedded store TTL sweep', () => {
  it('removes expired documents that nothing reads, and keeps the others', async () => {
    const hints = await store.collection<{ _id: string; expiresAt: Date }>('ttl_hints', [
      { field: 'expiresAt', expireAfterSeconds: 0 },
    ]);
    await hints.insertMany([
      { _id: 'expired', expiresAt: new Date(Date.now() - 1_000) },
      { _id: 'soon', expiresAt: new Date(Date.now() + 150) },
      { _id: 'later', expiresAt: new Date(Date.now() + 60_000) },
    ]);
    // Read the file, not the collection: nedb also drops expired documents when a query reads them.
    const deletedInFile = async () =>
      (await readFile(path.join(temp.dir, 'ttl_hints.db'), 'utf8'))
        .split('\n')
        .filter((line) => line.includes('"$$deleted":true'))
        .map((line) => (JSON.parse(line) as { _id: string })._id)
        .sort();

    await sleep(120);
    expect(await deletedInFile()).toEqual(['expired']);
    await sleep(250);
    expect(await deletedInFile()).toEqual(['expired', 'soon']);
    expect((await hints.find({})).map((doc) => doc._id)).toEqual(['later']);
  });

  it('leaves collections without a TTL index alone', async () => {
    const plain = await store.collection<{ _id: string; expiresAt: Date }>('ttl_plain', [
      { field: 'expiresAt' },
    ]);
    await plain.insertOne({ _id: 'old', expiresAt: new Date(Date.now() - 1_000) });
    await sleep(120);
    expect(await plain.count({})).toBe(1);
  });
});
