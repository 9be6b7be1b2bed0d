import { chmod, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../setup/temp-dir.ts';
import { startTestServer } from '../../setup/test-server.ts';

// Issue 9 item 7: DATA_DIR is 0700 and the files the platform writes outside the store 0600.
const PLATFORM_FILES = ['demo-clients.json', 'key-encryption.key', 'catalog-search.sqlite'];
const mode = async (file: string) => (await stat(file)).mode & 0o777;

describe('DATA_DIR permissions', () => {
  it('keeps the directory 0700 and its own files 0600, tightening what an earlier version left open', async () => {
    const temp = await makeTempDir();
    await chmod(temp.dir, 0o755);
    // Files an earlier version wrote with the umask's mode.
    await writeFile(path.join(temp.dir, 'key-encryption.key'), Buffer.alloc(32, 7).toString('base64'), {
      mode: 0o644,
    });
    await chmod(path.join(temp.dir, 'key-encryption.key'), 0o644);
    const first = await startTestServer({}, { dataDir: temp.dir });
    await first.close();
    await chmod(path.join(temp.dir, 'demo-clients.json'), 0o644);
    const second = await startTestServer({}, { dataDir: temp.dir });
    // server/serve.ts saves the search index at shutdown; the test server does not, so save it here.
    await second.services.catalog.saveSearchIndex();
    await second.close();

    expect(await mode(temp.dir)).toBe(0o700);
    const files = await readdir(temp.dir);
    for (const name of PLATFORM_FILES) {
      expect(files).toContain(name);
      expect([name, await mode(path.join(temp.dir, name))]).toEqual([name, 0o600]);
    }
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Anything else in it, the store's files included, is the owner's only too.
    for (const name of files) {
      const file = path.join(temp.dir, name);
      if ((await stat(file)).isFile()) expect([name, await mode(file)]).toEqual([name, 0o600]);
    }
    await temp.remove();
  }, 60_000);
});
