import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { SeedListing } from '../../shared/schemas/listing.ts';
import { hashClientSecret } from '../listings/client-secret.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import { makePrivate, writePrivateFile } from '../private-files.ts';

export const DEMO_CLIENTS_FILE = 'demo-clients.json';

interface DemoClient {
  slug: string;
  name: string;
  clientId: string;
  clientSecret: string;
  idTokenSignedResponseAlg: 'RS256' | 'ES256';
}

/**
 * A seed listing's demo secret is derived from the key-encryption key, not drawn at random: every
 * instance of a fleet on one database (they share that key) derives the same secrets, so a new
 * DATA_DIR never re-issues them and leaves another instance's demo-clients.json stale (issue 10).
 */
function demoSecret(keyEncryptionKey: Buffer, clientId: string): string {
  return createHmac('sha256', keyEncryptionKey).update(`demo-client-secret\n${clientId}`).digest('base64url');
}

/**
 * Demo mode only: gives every seed listing a client secret and writes the credentials to
 * DATA_DIR/demo-clients.json for the demo app in examples/, as a vendor would copy them from
 * the portal.
 */
export async function provisionDemoClients(
  dataDir: string,
  seeds: SeedListing[],
  listings: ListingRepository,
  logger: Logger,
  keyEncryptionKey: Buffer,
): Promise<void> {
  const file = path.join(dataDir, DEMO_CLIENTS_FILE);
  const existing = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as DemoClient[])
    .catch(() => null);
  if (existing && existing.length === seeds.length) {
    await makePrivate(file);
    return;
  }

  const clients: DemoClient[] = [];
  for (const seed of seeds) {
    const listing = await listings.findById(seed.id);
    if (!listing) continue;
    const secret = demoSecret(keyEncryptionKey, listing.clientId);
    const hash = hashClientSecret(secret);
    if (listing.clientSecretHash !== hash) {
      await listings.updateAtRevision(listing._id, listing.revision, { $set: { clientSecretHash: hash } });
    }
    clients.push({
      slug: listing.slug,
      name: listing.draft.name,
      clientId: listing.clientId,
      clientSecret: secret,
      idTokenSignedResponseAlg: listing.live?.content.launch.idTokenSignedResponseAlg ?? 'RS256',
    });
  }
  await writePrivateFile(file, `${JSON.stringify(clients, null, 2)}\n`);
  logger.info({ file, clients: clients.length }, 'provisioned demo app client credentials');
}
