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
    // The embedded engine never hides an expired document on read (nedb did): what is left is what the sweep left.
    const left = async () => (await hints.find({}, { sort: { _id: 1 } })).map((doc) => doc._id);

    await sleep(120);
    expect(await left()).toEqual(['later', 'soon']);
    await sleep(250);
    expect(await left()).toEqual(['later']);
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
