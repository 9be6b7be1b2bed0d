import { execFile } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildListingDraft } from '../../factories/listing-draft.ts';
import { makeTempDir } from '../../setup/temp-dir.ts';
import { startTestServer } from '../../setup/test-server.ts';

// `npm run listings:import` on a production store: existing listings come in as drafts of a
// registered organisation, never live (docs/decisions/023).
const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ADMIN = 'pim.deboer@beheer.example';
const ENV = {
  NODE_ENV: 'production',
  KEY_ENCRYPTION_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
  PLATFORM_ADMINS: ADMIN,
  LOG_LEVEL: 'silent',
};
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let organisationId: string;

beforeAll(async () => {
  temp = await makeTempDir();
  const server = await startTestServer(ENV, { dataDir: temp.dir });
  const admin = {
    id: 'test-admin',
    profile: { email: ADMIN },
    memberships: [{ role: 'platform-admin' as const }],
  };
  organisationId = (
    await server.services.onboarding.createOrganisation(admin, { name: 'Oud B.V.', kvkNumber: '11223344' })
  ).id;
  await server.close();
});
afterAll(() => temp?.remove());

function importListings(args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/import-listings.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...ENV, DATA_DIR: temp.dir },
  });
}

describe('npm run listings:import', () => {
  it('imports listings as drafts of the organisation, none live, and reports the ones refused', async () => {
    const folder = path.join(temp.dir, 'to-import');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a.json'), JSON.stringify(buildListingDraft({ name: 'Oude App' })));
    await writeFile(path.join(folder, 'b.json'), JSON.stringify(buildListingDraft({ name: 'Andere App' })));
    // A demo seed launches on localhost, which production refuses: reported, the rest goes on.
    await copyFile(path.join(ROOT, 'catalog/listings/budgetcoach.json'), path.join(folder, 'c.json'));

    const failed = await importListings(['--organisation', organisationId, '--by', ADMIN, folder]).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

    expect(failed).toMatchObject({ code: 1 });
    const { stdout, stderr } = failed as { stdout: string; stderr: string };
    expect(stdout).toContain('Imported 2 listing(s) as drafts; 1 refused');
    expect(stderr).toMatch(/c\.json: not imported \(draft\.launch\.initiateLoginUri/);
    const server = await startTestServer(ENV, { dataDir: temp.dir });
    try {
      const listings = await (
        await server.store.collection<{ _id: string; status: string; organisationId: string }>('listings')
      ).find({});
      expect(listings.map((l) => [l.status, l.organisationId])).toEqual([
        ['draft', organisationId],
        ['draft', organisationId],
      ]);
      expect((await (await fetch(`${server.url}/api/v1/apps`)).json()).total).toBe(0);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('refuses someone who is not in PLATFORM_ADMINS', async () => {
    await expect(
      importListings(['--organisation', organisationId, '--by', 'someone@else.example', temp.dir]),
    ).rejects.toMatchObject({ code: 2 });
  });
});
