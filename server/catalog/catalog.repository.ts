import { createHash } from 'node:crypto';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import {
  LISTING_INDEXES,
  LISTINGS,
  type ListingDoc,
  type StoredListingDoc,
} from '../listings/listing.documents.ts';
import {
  MUNICIPALITIES,
  MUNICIPALITY_INDEXES,
  type MunicipalityDoc,
  ORGANISATIONS,
  type OrganisationDoc,
} from '../municipalities/municipality.documents.ts';
import {
  OFFER_CONDITIONS,
  OFFER_CONDITIONS_INDEXES,
  type OfferConditionsDoc,
} from '../municipalities/offer-conditions.repository.ts';
import { offerCheck } from '../municipalities/offer-visibility.ts';
import type { Store } from '../store/store.port.ts';

export interface PublishedListing {
  id: string;
  slug: string;
  organisationId: string;
  live: NonNullable<ListingDoc['live']>;
}

/**
 * What the read model keeps of a published listing: the summary's fields. The heavy parts of the
 * content (descriptions, claims, screenshots, the draft) are not read for it: at 10,000 listings
 * parsing them was most of a restart (issue 10). App pages read the whole listing when first asked.
 */
export interface CatalogListing {
  id: string;
  slug: string;
  organisationId: string;
  live: Pick<PublishedListing['live'], 'versionId' | 'number'> & {
    content: Pick<
      PublishedListing['live']['content'],
      'name' | 'tagline' | 'categories' | 'icon' | 'cost' | 'languages'
    >;
  };
}

/**
 * The fields of a listing the read model keeps, picked rather than the rest omitted: SQLite then
 * copies these few out of each document instead of rewriting it without the heavy parts (first
 * boot at 10,000 listings: 0.35 s for the snapshot with omit).
 */
const SUMMARY_FIELDS = [
  'slug',
  'organisationId',
  'live.versionId',
  'live.number',
  ...(['name', 'tagline', 'categories', 'icon', 'cost', 'languages'] as const).map(
    (field) => `live.content.${field}`,
  ),
];
/** A search document needs the description of apps whose document is stale. */
const SEARCH_FIELDS = ['slug', 'status', 'live.content.description'];
const SLUGS_PER_QUERY = 500;

export interface CatalogSnapshot {
  listings: CatalogListing[];
  organisations: { id: string; name: string }[];
  municipalities: { code: string; name: string; province: string; offers: string[] }[];
  criteria: Criterion[];
  /** When an offer's go-live date or a condition's expiry changes what residents see (ms), if ever. */
  nextChangeAt: number | null;
}

/** Apps' live descriptions by slug, for their search documents. */
export type Descriptions = Map<string, PublishedListing['live']['content']['description']>;

/** Listings read for a snapshot so far, with what their search documents need. */
export interface SnapshotBatch {
  listings: CatalogListing[];
  organisations: CatalogSnapshot['organisations'];
  descriptions: Descriptions;
}

/** Listings per read when they are read in batches (a batch's documents die young). */
const SNAPSHOT_BATCH = 500;

function catalogListing(doc: StoredListingDoc): CatalogListing | undefined {
  return doc.live
    ? {
        id: doc._id,
        slug: doc.slug,
        organisationId: doc.organisationId,
        live: doc.live as CatalogListing['live'],
      }
    : undefined;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

/** By name as residents see the catalog (read-model.ts sorts the same way). */
function sortedByName<T extends { live?: { content: { name: string } } | null }>(docs: T[]): T[] {
  return [...docs].sort((a, b) => collator.compare(a.live?.content.name ?? '', b.live?.content.name ?? ''));
}

interface MetaDoc {
  _id: string;
  counter: number;
}

const META = 'meta';
const CATALOG_COUNTER = 'catalog-changes';

/** Reads what the public catalog shows, and the change counter that tells instances to refresh. */
export async function createCatalogRepository(store: Store, criteria: Criterion[]) {
  const listings = await store.collection<StoredListingDoc>(LISTINGS, LISTING_INDEXES);
  const municipalities = await store.collection<MunicipalityDoc>(MUNICIPALITIES, MUNICIPALITY_INDEXES);
  const organisations = await store.collection<OrganisationDoc>(ORGANISATIONS);
  const meta = await store.collection<MetaDoc>(META);
  const conditions = await store.collection<OfferConditionsDoc>(OFFER_CONDITIONS, OFFER_CONDITIONS_INDEXES);

  /** The live listings by id, a batch at a time, each handed to `onBatch` with its descriptions. */
  async function readInBatches(
    organisations: CatalogSnapshot['organisations'],
    onBatch: (batch: SnapshotBatch) => void,
  ): Promise<CatalogListing[]> {
    const all: CatalogListing[] = [];
    // Ids first (no document is parsed for them), then the documents a batch of ids at a time.
    const ids = (await listings.find({ status: 'live' }, { pick: [] })).map((doc) => doc._id);
    for (let i = 0; i < ids.length; i += SNAPSHOT_BATCH) {
      // By id alone, the status checked here: with `status: 'live'` in the filter SQLite tests
      // each row's status in SQL as well, which took 0.55 s for 10,000 listings against 0.2 s.
      const batch = (
        await listings.find(
          { _id: { $in: ids.slice(i, i + SNAPSHOT_BATCH) } },
          { pick: ['status', ...SUMMARY_FIELDS, 'live.content.description'] },
        )
      ).filter((doc) => doc.status === 'live'); // not one taken down since its id was read
      const descriptions: Descriptions = new Map();
      for (const doc of batch) {
        if (!doc.live) continue;
        // Kept apart: the snapshot is kept beside the index, and its listings hold summaries only.
        const { description, ...content } = doc.live.content;
        descriptions.set(doc.slug, description);
        doc.live.content = content as typeof doc.live.content;
      }
      const read = batch.flatMap((doc) => catalogListing(doc) ?? []);
      onBatch({ listings: read, organisations, descriptions });
      all.push(...read);
    }
    return all;
  }

  return {
    /**
     * Names what a kept snapshot depends on besides the store: the criteria (from the code) and
     * the fields read. A release that changes either never reads an older one back.
     */
    snapshotFormat: createHash('sha1')
      .update(JSON.stringify({ criteria, SUMMARY_FIELDS, format: 2 }))
      .digest('base64url')
      .slice(0, 12),
    /** A snapshot as text, without the criteria (they come from the code). */
    serialise: ({ criteria: _criteria, ...rest }: CatalogSnapshot): string => JSON.stringify(rest),
    /** The snapshot `serialise` wrote, or undefined when the text is not one. */
    revive(text: string): CatalogSnapshot | undefined {
      try {
        const parsed = JSON.parse(text) as Omit<CatalogSnapshot, 'criteria'>;
        return Array.isArray(parsed.listings) && Array.isArray(parsed.municipalities)
          ? { ...parsed, criteria }
          : undefined;
      } catch {
        return undefined;
      }
    },
    /**
     * What the catalog shows now. With `onBatch`, the listings are read in batches with their
     * descriptions, and each batch is handed over as it is read: a first start indexes them all,
     * so the search index fills while the next batch is read, and SQLite parses each document once.
     */
    async snapshot(options: { onBatch?: (batch: SnapshotBatch) => void } = {}): Promise<CatalogSnapshot> {
      const [orgs, munis, local] = await Promise.all([
        organisations.find({}),
        municipalities.find({}),
        conditions.find({}),
      ]);
      const vendors = orgs.map((o) => ({ id: o._id, name: o.name }));
      const live = options.onBatch
        ? await readInBatches(vendors, options.onBatch)
        : (await listings.find({ status: 'live' }, { pick: SUMMARY_FIELDS })).flatMap(
            (doc) => catalogListing(doc) ?? [],
          );
      // Residents see an offer from its go-live date, once the required local conditions are met.
      const now = Date.now();
      const checks = new Map(local.map((d) => [d._id, offerCheck(d.conditions, now)]));
      const changes = [...checks.values()].flatMap((c) => (c.nextChangeAt === null ? [] : [c.nextChangeAt]));
      return {
        // In the catalog's order already: the read model's sort then costs one pass (decision 016).
        listings: sortedByName(live),
        organisations: vendors,
        municipalities: munis.map((m) => ({
          code: m._id,
          name: m.name,
          province: m.province,
          offers: m.offers.filter((slug) => checks.get(`${m._id}:${slug}`)?.visible ?? true),
        })),
        criteria,
        nextChangeAt: changes.length > 0 ? Math.min(...changes) : null,
      };
    },

    /** The live descriptions of these apps, for the search documents that must be built again. */
    async descriptions(slugs: string[]): Promise<Descriptions> {
      const found: Descriptions = new Map();
      for (let i = 0; i < slugs.length; i += SLUGS_PER_QUERY) {
        // By slug alone, the unique index: status is checked here, not in the filter.
        const docs = await listings.find(
          { slug: { $in: slugs.slice(i, i + SLUGS_PER_QUERY) } },
          { pick: SEARCH_FIELDS },
        );
        for (const doc of docs)
          if (doc.live && doc.status === 'live') found.set(doc.slug, doc.live.content.description);
      }
      return found;
    },

    /** One live listing as published, for building its app page. */
    async findPublished(slug: string): Promise<PublishedListing | null> {
      const doc = await listings.findOne({ slug, status: 'live' });
      return doc?.live
        ? { id: doc._id, slug: doc.slug, organisationId: doc.organisationId, live: doc.live }
        : null;
    },

    async changeCounter(): Promise<number> {
      return (await meta.findOne({ _id: CATALOG_COUNTER }))?.counter ?? 0;
    },

    /** Called after anything the catalog shows was changed (publish, suspend, offer). */
    async bumpChangeCounter(): Promise<void> {
      const updated = await meta.updateOne({ _id: CATALOG_COUNTER }, { $inc: { counter: 1 } });
      if (!updated) {
        try {
          await meta.insertOne({ _id: CATALOG_COUNTER, counter: 1 });
        } catch {
          await meta.updateOne({ _id: CATALOG_COUNTER }, { $inc: { counter: 1 } });
        }
      }
    },
  };
}

export type CatalogRepository = Awaited<ReturnType<typeof createCatalogRepository>>;
