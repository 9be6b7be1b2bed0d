import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTINGS, type ListingDoc, type StoredListingDoc } from '../../server/listings/listing.documents.ts';
import { createListingRepository, type ListingRepository } from '../../server/listings/listing.repository.ts';
import { publishVersion } from '../../server/review/publication.ts';
import type { VersionDoc } from '../../server/review/version.documents.ts';
import { openEmbeddedStore } from '../../server/store/embedded.store.ts';
import type { Collection, Store } from '../../server/store/store.port.ts';
import type { ListingDraft } from '../../shared/schemas/listing.ts';
import { ListingDraftSchema } from '../../shared/schemas/listing.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { makeTempDir } from '../setup/temp-dir.ts';

const temp = await makeTempDir();
let store: Store;
let stored: Collection<StoredListingDoc>;
let listings: ListingRepository;
beforeAll(async () => {
  store = await openEmbeddedStore(temp.dir);
  stored = await store.collection<StoredListingDoc>(LISTINGS);
  listings = await createListingRepository(store);
});
afterAll(async () => {
  await store.close();
  await temp.remove();
});

const draftNamed = (name: string): ListingDraft => ListingDraftSchema.parse(buildListingDraft({ name }));
const version = (listingId: string, number: number, content: ListingDraft) =>
  ({ _id: `${listingId}-v${number}`, listingId, number, content, assessments: [] }) as unknown as VersionDoc;

function listing(id: string, draft: ListingDraft, live: ListingDraft | null): ListingDoc {
  return {
    _id: id,
    slug: id,
    organisationId: 'org',
    status: live ? 'live' : 'draft',
    draft,
    live: live
      ? {
          versionId: `${id}-v1`,
          number: 1,
          content: live,
          approvedAt: '2026-01-01T00:00:00.000Z',
          assessment: [],
        }
      : null,
    clientId: `app-${id}`,
    clientSecretHash: null,
    suspension: null,
    openReview: null,
    revision: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('listing storage', () => {
  it('stores a draft equal to the live content once, and reads it back whole', async () => {
    const content = draftNamed('Eenmaal');
    await listings.insert(listing('same', content, content));
    expect((await stored.findOne({ _id: 'same' }))?.draft).toBeNull();
    expect((await listings.findById('same'))?.draft).toEqual(content);
    expect((await listings.findBySlug('same'))?.draft).toEqual(content);
    expect((await listings.listByStatus('live')).find((l) => l._id === 'same')?.draft).toEqual(content);
  });

  it('stores a draft that differs from the live content, or has none live, in full', async () => {
    await listings.insert(listing('edited', draftNamed('Nieuw'), draftNamed('Oud')));
    await listings.insert(listing('new', draftNamed('Concept'), null));
    expect((await stored.findOne({ _id: 'edited' }))?.draft?.name).toBe('Nieuw');
    expect((await stored.findOne({ _id: 'new' }))?.draft?.name).toBe('Concept');
    expect((await listings.findById('edited'))?.live?.content.name).toBe('Oud');
  });

  it('keeps the vendor draft when a version with other content goes live', async () => {
    // Stored as "draft = live v1"; a v2 with other content must not become the draft silently.
    const v1 = draftNamed('Versie een');
    await listings.insert(listing('kept', v1, v1));
    expect(
      await publishVersion(listings, version('kept', 2, draftNamed('Versie twee')), [], '2026-02-01'),
    ).toBe('published');
    const after = await listings.findById('kept');
    expect(after?.live?.content.name).toBe('Versie twee');
    expect(after?.draft.name).toBe('Versie een');
    expect((await stored.findOne({ _id: 'kept' }))?.draft?.name).toBe('Versie een');
  });

  it('stores the draft once again when the approved version is the draft', async () => {
    await listings.insert(listing('approved', draftNamed('Aangepast'), draftNamed('Oud')));
    const current = await listings.findById('approved');
    expect(
      await publishVersion(
        listings,
        version('approved', 2, current?.draft as ListingDraft),
        [],
        '2026-02-01',
      ),
    ).toBe('published');
    expect((await stored.findOne({ _id: 'approved' }))?.draft).toBeNull();
    expect((await listings.findById('approved'))?.draft.name).toBe('Aangepast');
  });
});
