import type { ListingDraftInput } from '../../shared/schemas/listing.ts';
import { signedIn } from '../setup/api-client.ts';
import { buildListingDraft } from './listing-draft.ts';

const REVIEWERS = ['reviewer-jan', 'reviewer-lotte'];

/**
 * Takes a new listing through the real workflow: a vendor submits, two reviewers approve, a
 * municipality admin offers it, and the vendor gets a client secret.
 */
export async function publishApp(
  baseUrl: string,
  options: {
    draft?: Partial<ListingDraftInput>;
    vendor?: string;
    offerAs?: string[];
    municipality?: string[];
  } = {},
) {
  const vendor = await signedIn(baseUrl, options.vendor ?? 'vendor-samensterk');
  const created = (await (
    await vendor.post('/api/v1/vendor/listings', { draft: buildListingDraft(options.draft) })
  ).json()) as {
    id: string;
    slug: string;
    clientId: string;
  };
  const { versionId } = (await (
    await vendor.post(`/api/v1/vendor/listings/${created.id}/submissions`)
  ).json()) as {
    versionId: string;
  };
  const criteria = (await (await vendor.get('/api/v1/criteria')).json()) as { id: string }[];
  const verdicts = Object.fromEntries(criteria.map((c) => [c.id, { verdict: 'pass', note: '' }]));
  for (const persona of REVIEWERS) {
    const reviewer = await signedIn(baseUrl, persona);
    await reviewer.post(`/api/v1/reviews/${versionId}/claim`);
    await reviewer.put(`/api/v1/reviews/${versionId}/assessment`, { criteria: verdicts });
    const decided = await reviewer.post(`/api/v1/reviews/${versionId}/decisions`, { decision: 'approve' });
    if (decided.status !== 200) throw new Error(`approval failed: ${await decided.text()}`);
  }
  const codes = options.municipality ?? ['GM0344'];
  const admins = options.offerAs ?? ['admin-utrecht'];
  for (const [i, code] of codes.entries()) {
    const admin = await signedIn(baseUrl, admins[i] ?? 'admin-utrecht');
    const offered = await admin.put(`/api/v1/municipalities/${code}/apps/${created.slug}`);
    if (offered.status !== 204) throw new Error(`offer failed: ${await offered.text()}`);
  }
  const secret = (await (
    await vendor.post(`/api/v1/vendor/listings/${created.id}/client-secrets`)
  ).json()) as {
    clientId: string;
    clientSecret: string;
  };
  return { ...created, versionId, clientId: secret.clientId, clientSecret: secret.clientSecret, vendor };
}
