import { createHash } from 'node:crypto';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../shared/categories.ts';
import type { AppDetail, AppListQuery, AppSummary, Category } from '../../shared/schemas/catalog.ts';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import type { Municipality } from '../../shared/schemas/municipality.ts';
import { type PreparedJson, prepareJson, prepareJsonText } from '../http/prepared-json.ts';
import { BoundedCache } from './bounded-cache.ts';
import type { CatalogListing, CatalogSnapshot, PublishedListing } from './catalog.repository.ts';
import type { CatalogSearch, SearchDocument, SearchEntry } from './search-index.ts';

const collator = new Intl.Collator('nl', { sensitivity: 'base' });
/** Category labels are in every search document: a change of them in code must re-index. */
export const SEARCH_LABELS = createHash('sha1')
  .update(JSON.stringify(CATEGORIES))
  .digest('base64url')
  .slice(0, 8);
/** Bytes of remembered list pages, and positions of remembered matches (4 bytes each). */
const PAGE_CACHE_BYTES = 16 * 1024 * 1024;
const MATCH_CACHE_POSITIONS = 4 * 1024 * 1024;

/**
 * What a list page needs of one app: what filters look at, and its summary, serialised at the first
 * page that shows it (serialising 10,000 up front was ~50 ms of every start, issue 10).
 */
interface Entry {
  slug: string;
  categories: CategoryId[];
  listing: CatalogListing | undefined;
  summaryJson: string | undefined;
}

/**
 * The catalog as residents read it, precomputed in memory from a store snapshot: answers are
 * built once per change, not per request (DESIGN.md "Catalog read path"). App pages are kept as
 * serialised bytes and list pages are assembled from serialised summaries, so a request costs a
 * lookup and a copy. The listing documents themselves are not kept (the store holds them): an app
 * page is built from its document on its first request (`buildDetail`) and kept from then on.
 */
export class CatalogReadModel {
  private readonly entries: Entry[];
  private readonly positionBySlug: Map<string, number>;
  /** App pages serialised so far; the others are built on their first request. */
  private readonly details = new Map<string, PreparedJson>();
  private readonly vendors: Map<string, { id: string; name: string }>;
  private readonly criteria: Map<string, Criterion>;
  private readonly offeringCodes = new Map<string, string[]>();
  private readonly matches = new BoundedCache<Uint32Array>(MATCH_CACHE_POSITIONS, (m) => m.length);
  private readonly pages = new BoundedCache<PreparedJson>(PAGE_CACHE_BYTES, (p) => p.bytes.length);
  private readonly offeredBy = new Map<string, Set<string>>();
  private readonly categoryList: Category[];
  private readonly municipalityList: Municipality[];

  /** `search` is shared with the models before this one; `searchEntries` brings it up to date. */
  constructor(
    snapshot: CatalogSnapshot,
    private readonly search: CatalogSearch,
  ) {
    const vendors = new Map(snapshot.organisations.map((o) => [o.id, o]));
    this.vendors = vendors;
    for (const m of snapshot.municipalities) this.offeredBy.set(m.code, new Set(m.offers));
    const live = new Set(snapshot.listings.map((l) => l.slug));
    this.criteria = new Map(snapshot.criteria.map((c) => [c.id, c]));
    for (const m of snapshot.municipalities) {
      // Pushed, not copied: an app offered by all 342 municipalities would copy its list 342 times.
      for (const slug of m.offers) {
        const codes = this.offeringCodes.get(slug);
        if (codes) codes.push(m.code);
        else this.offeringCodes.set(slug, [m.code]);
      }
    }

    const sorted = [...snapshot.listings].sort((a, b) =>
      collator.compare(a.live.content.name, b.live.content.name),
    );
    const categoryCounts = new Map<CategoryId, number>();
    this.entries = sorted.map((listing) => {
      const { categories } = listing.live.content;
      for (const id of categories) categoryCounts.set(id, (categoryCounts.get(id) ?? 0) + 1);
      return { slug: listing.slug, categories, listing, summaryJson: undefined };
    });
    this.positionBySlug = new Map(this.entries.map((entry, i) => [entry.slug, i]));

    this.categoryList = CATEGORY_IDS.map((id) => ({
      id,
      ...CATEGORIES[id],
      appCount: categoryCounts.get(id) ?? 0,
    }));
    this.municipalityList = snapshot.municipalities
      .map((m) => ({
        code: m.code,
        name: m.name,
        province: m.province as Municipality['province'],
        offeredApps: m.offers.filter((slug) => live.has(slug)).length,
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }

  /** One page of the matching apps as an AppList, serialised. */
  list(query: AppListQuery): PreparedJson {
    const key = `${query.q ?? ''}\u0000${query.category ?? ''}\u0000${query.municipality ?? ''}\u0000${query.page}\u0000${query.pageSize}`;
    const remembered = this.pages.get(key);
    if (remembered) return remembered;
    const matching = this.matching(query);
    const start = (query.page - 1) * query.pageSize;
    const items = Array.from(matching.subarray(start, start + query.pageSize), (position) =>
      this.summaryJson(this.entries[position] as Entry),
    );
    const page: PreparedJson = prepareJsonText(
      `{"items":[${items.join(',')}],"total":${matching.length},"page":${query.page},"pageSize":${query.pageSize}}`,
    );
    this.pages.set(key, page);
    return page;
  }

  private summaryJson(entry: Entry): string {
    if (entry.summaryJson === undefined) {
      const listing = entry.listing as CatalogListing;
      entry.summaryJson = JSON.stringify(toSummary(listing, this.vendors.get(listing.organisationId)));
      entry.listing = undefined;
    }
    return entry.summaryJson;
  }

  /**
   * The positions of the apps matching q, category and municipality, ranked or in name order,
   * remembered per combination: the model never changes until it is rebuilt, so a remembered
   * answer is always exact, and paging through results or a popular search costs a slice.
   */
  private matching(query: AppListQuery): Uint32Array {
    const key = `${query.q ?? ''}\u0000${query.category ?? ''}\u0000${query.municipality ?? ''}`;
    const remembered = this.matches.get(key);
    if (remembered) return remembered;
    const candidates = query.q
      ? this.search.search(query.q).flatMap((slug) => this.positionBySlug.get(slug) ?? [])
      : this.entries.map((_entry, position) => position);
    const offered = query.municipality ? (this.offeredBy.get(query.municipality) ?? new Set<string>()) : null;
    const filtered = candidates.filter((position) => {
      const entry = this.entries[position] as Entry;
      return (
        (!query.category || entry.categories.includes(query.category)) &&
        (!offered || offered.has(entry.slug))
      );
    });
    const positions = Uint32Array.from(filtered);
    this.matches.set(key, positions);
    return positions;
  }

  /** The app page when it was built before; undefined for an app not in the catalog or not built yet. */
  detail(slug: string): PreparedJson | undefined {
    return this.details.get(slug);
  }

  has(slug: string): boolean {
    return this.positionBySlug.has(slug);
  }

  /**
   * Builds and keeps an app page from its published document. Serialising 10,000 pages up front
   * would hold start-up and every rebuild for ~0.5 s, and keeping their sources would hold a
   * second copy of the catalog in memory; most apps are rarely opened.
   */
  buildDetail(listing: PublishedListing): PreparedJson {
    const summary = toSummary(listing, this.vendors.get(listing.organisationId));
    const built = prepareJson(
      toDetail(listing, summary, this.criteria, this.offeringCodes.get(listing.slug) ?? []),
    );
    this.details.set(listing.slug, built);
    return built;
  }

  categories(): Category[] {
    return this.categoryList;
  }

  municipalities(): Municipality[] {
    return this.municipalityList;
  }

  municipalityExists(code: string): boolean {
    return this.offeredBy.has(code);
  }

  /**
   * The live apps a municipality's residents see as offered, in name order: the same set the
   * `municipality` filter uses, so a mark on a card never disagrees with the filter.
   */
  offeredSlugs(code: string): string[] | undefined {
    const offered = this.offeredBy.get(code);
    if (!offered) return undefined;
    return this.entries.flatMap((entry) => (offered.has(entry.slug) ? [entry.slug] : []));
  }
}

/**
 * Each app's search fingerprint, in snapshot order: its document changes only with its live
 * version, its vendor's name or the category labels.
 */
export function searchFingerprints(
  snapshot: Pick<CatalogSnapshot, 'listings' | 'organisations'>,
): { slug: string; fingerprint: string }[] {
  const vendors = new Map(snapshot.organisations.map((o) => [o.id, o.name]));
  return snapshot.listings.map((listing) => ({
    slug: listing.slug,
    fingerprint: `${listing.live.versionId}\u0000${listing.live.number}\u0000${vendors.get(listing.organisationId) ?? ''}\u0000${SEARCH_LABELS}`,
  }));
}

/**
 * What `CatalogSearch.sync` needs to bring the index up to date with the snapshot. `descriptions`
 * holds those of the apps whose search document is stale (`searchFingerprints`).
 */
export function searchEntries(
  snapshot: Pick<CatalogSnapshot, 'listings' | 'organisations'>,
  descriptions: ReadonlyMap<string, PublishedListing['live']['content']['description']>,
): SearchEntry[] {
  const vendors = new Map(snapshot.organisations.map((o) => [o.id, o.name]));
  return searchFingerprints(snapshot).map(({ slug, fingerprint }, i) => {
    const listing = snapshot.listings[i] as CatalogListing;
    const vendor = vendors.get(listing.organisationId) ?? '';
    return { slug, fingerprint, document: () => searchDocument(listing, vendor, descriptions.get(slug)) };
  });
}

function searchDocument(
  listing: CatalogListing,
  vendor: string,
  description: PublishedListing['live']['content']['description'] | undefined,
): SearchDocument {
  const content = listing.live.content;
  return {
    slug: listing.slug,
    name: content.name,
    tagline: `${content.tagline.nl} ${content.tagline.en}`,
    description: description ? `${description.nl} ${description.en}` : '',
    vendor,
    categories: content.categories
      .map((id) => `${id} ${CATEGORIES[id].label.nl} ${CATEGORIES[id].label.en}`)
      .join(' '),
  };
}

function toSummary(listing: CatalogListing, vendor: { id: string; name: string } | undefined): AppSummary {
  const content = listing.live.content;
  return {
    slug: listing.slug,
    name: content.name,
    tagline: content.tagline,
    categories: content.categories,
    ...(content.icon ? { icon: content.icon } : {}),
    vendor: vendor ?? { id: listing.organisationId, name: listing.organisationId },
    cost: content.cost,
    languages: content.languages,
  };
}

function toDetail(
  listing: PublishedListing,
  summary: AppSummary,
  criteria: Map<string, Criterion>,
  offeredBy: string[],
): AppDetail {
  const content = listing.live.content;
  return {
    ...summary,
    description: content.description,
    website: content.website,
    claims: content.claims,
    privacyStatementUrl: content.privacyStatementUrl,
    accessibility: content.accessibility,
    support: content.support,
    screenshots: content.screenshots,
    ...(content.launch?.minimumAssurance ? { minimumAssurance: content.launch.minimumAssurance } : {}),
    vetting: {
      version: listing.live.number,
      approvedAt: listing.live.approvedAt,
      criteria: listing.live.assessment.flatMap((a) => {
        const criterion = criteria.get(a.criterionId);
        return criterion
          ? [{ id: criterion.id, group: criterion.group, title: criterion.title, outcome: a.outcome }]
          : [];
      }),
    },
    offeredBy,
  };
}
