// `npm run listings:import -- --organisation <id> --by <platform admin e-mail> <file-or-folder>...`
// Brings existing listings into a production install as drafts of a registered organisation: each
// then goes through review like any vendor's draft (nothing becomes live by import). A file holds
// one draft (the vendor API's shape) or one seed listing of catalog/listings (its `draft` is taken).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { boot } from '../server/boot.ts';
import { loadConfig } from '../server/config.ts';
import { createLogger } from '../server/logger.ts';
import { ListingDraftSchema, SeedListingSchema } from '../shared/schemas/listing.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { organisation: { type: 'string' }, by: { type: 'string' } },
});
if (!values.organisation || !values.by || positionals.length === 0) {
  console.error(
    'usage: npm run listings:import -- --organisation <id> --by <platform admin e-mail> <file-or-folder>...',
  );
  process.exit(2);
}
const by = z.email().parse(values.by.toLowerCase());

async function files(target: string): Promise<string[]> {
  if (!(await stat(target)).isDirectory()) return [target];
  const names = (await readdir(target)).filter((name) => name.endsWith('.json')).sort();
  return names.map((name) => path.join(target, name));
}

const config = loadConfig();
if (!config.platformAdmins.includes(by)) {
  console.error(`${by} is not in PLATFORM_ADMINS: only a platform admin imports listings.`);
  process.exit(2);
}
const logger = createLogger('warn');
const { services, store } = await boot(config, logger);
const organisations = await services.onboarding.listOrganisations({
  id: `import:${by}`,
  profile: { email: by },
  memberships: [{ role: 'platform-admin' }],
});
const organisation = organisations.find((o) => o.id === values.organisation);
if (!organisation) {
  console.error(
    `No registered organisation ${values.organisation}; register it first (POST /api/v1/organisations).`,
  );
  process.exit(2);
}
// The import acts as a member of the organisation, so the vendor flow's own checks and audit apply.
const importer = {
  id: `import:${by}`,
  profile: { givenName: 'Import door', familyName: by },
  memberships: [{ role: 'vendor' as const, organisationId: organisation.id }],
};
let imported = 0;
let refused = 0;
for (const target of positionals) {
  for (const file of await files(target)) {
    try {
      const raw = JSON.parse(await readFile(file, 'utf8'));
      const seed = SeedListingSchema.safeParse(raw);
      const draft = seed.success ? seed.data.draft : ListingDraftSchema.parse(raw);
      const created = await services.listings.create(importer, draft, organisation.id);
      console.log(`${file}: draft ${created.id} (${draft.name}) for ${organisation.name}`);
      imported += 1;
    } catch (error) {
      // One bad file does not stop the rest; each is reported with what to fix.
      const fields = (error as { extra?: { errors?: { field: string; message: string }[] } }).extra?.errors;
      const detail = fields?.map((e) => `${e.field}: ${e.message}`).join('; ') ?? (error as Error).message;
      console.error(`${file}: not imported (${detail})`);
      refused += 1;
    }
  }
}
console.log(
  `Imported ${imported} listing(s) as drafts; ${refused} refused. The organisation's members submit them for review.`,
);
await store.close();
process.exitCode = refused > 0 ? 1 : 0;
