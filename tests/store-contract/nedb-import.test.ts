import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../server/store/embedded.store.ts';
import { signedIn } from '../setup/api-client.ts';
import { makeTempDir } from '../setup/temp-dir.ts';
import { startTestServer } from '../setup/test-server.ts';

/**
 * Issue 10 part 2: a DATA_DIR written by the previous release (nedb) is imported on the first start.
 * The fixture is a real one: the nedb release was started, used (a consent, a new listing submitted
 * and claimed for review) and stopped; `nedb-release-0.1.expected.json` is what nedb itself read back
 * from those files. (Its signing keys and demo secrets are left out of the fixture.)
 */
const FIXTURE = fileURLToPath(new URL('./fixtures/nedb-release-0.1', import.meta.url));
const EXPECTED = JSON.parse(
  await readFile(
    fileURLToPath(new URL('./fixtures/nedb-release-0.1.expected.json', import.meta.url)),
    'utf8',
  ),
) as Record<string, { _id: string }[]>;

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function copyOfFixture(): Promise<string> {
  const temp = await makeTempDir('nedb-import-');
  cleanups.push(temp.remove);
  await cp(FIXTURE, temp.dir, { recursive: true });
  return temp.dir;
}

/** Documents as JSON sees them: Dates become the ISO text nedb's own reading was saved as. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('importing a nedb data directory', () => {
  it('imports every live document of every collection, exactly as nedb read it', async () => {
    const dir = await copyOfFixture();
    const store = await openEmbeddedStore(dir);
    try {
      expect(store.imported?.documents).toEqual(
        Object.fromEntries(Object.entries(EXPECTED).map(([name, docs]) => [name, docs.length])),
      );
      for (const [name, expected] of Object.entries(EXPECTED)) {
        const docs = await (await store.collection<{ _id: string }>(name)).find({}, { sort: { _id: 1 } });
        expect(asJson(docs), `collection ${name}`).toEqual(
          [...expected].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)),
        );
      }
      const [session] = await (await store.collection<{ _id: string; expiresAt: Date }>('sessions')).find({});
      expect(session?.expiresAt).toBeInstanceOf(Date);
    } finally {
      await store.close();
    }
  });

  it('keeps the old files aside, byte for byte, and does not import twice', async () => {
    const dir = await copyOfFixture();
    const first = await openEmbeddedStore(dir);
    const keptIn = first.imported?.keptIn as string;
    const listingsBefore = await (await first.collection('listings')).count({});
    await first.close();

    expect((await readdir(dir)).filter((name) => name.endsWith('.db'))).toEqual([]);
    for (const file of await readdir(FIXTURE)) {
      expect(await readFile(path.join(dir, keptIn, file)), file).toEqual(
        await readFile(path.join(FIXTURE, file)),
      );
    }

    // As after a crash between the import's commit and the move: the files are back in place.
    await cp(path.join(dir, keptIn), dir, { recursive: true });
    const second = await openEmbeddedStore(dir);
    expect(await (await second.collection('listings')).count({})).toBe(listingsBefore);
    expect(listingsBefore).toBe(EXPECTED.listings?.length);
    await second.close();
    expect((await readdir(dir)).filter((name) => name.endsWith('.db'))).toEqual([]);
  });

  it('starts the platform on the imported data: listings, the submitted version and a consent are there', async () => {
    const dir = await copyOfFixture();
    const server = await startTestServer(
      { SIGN_IN_LIMIT_PER_MINUTE: '1000' },
      { dataDir: dir, embeddedOnly: true },
    );
    cleanups.push(server.close);

    const apps = (await (await fetch(`${server.url}/api/v1/apps?pageSize=50`)).json()) as { total: number };
    expect(apps.total).toBe(26);

    const vendor = await signedIn(server.url, 'vendor-samensterk');
    const listings = (await (await vendor.get('/api/v1/vendor/listings')).json()) as { name: string }[];
    expect(listings.map((listing) => listing.name)).toContain('Importtest Buurthulp');

    const reviewer = await signedIn(server.url, 'reviewer-jan');
    const queue = (await (await reviewer.get('/api/v1/reviews?status=in_review')).json()) as unknown[];
    expect(JSON.stringify(queue)).toContain('Importtest Buurthulp');

    const resident = await signedIn(server.url, 'resident-fatima');
    const consents = (await (await resident.get('/api/v1/me/consents')).json()) as { slug: string }[];
    expect(consents.map((consent) => consent.slug)).toContain('budgetcoach');
  });
});
