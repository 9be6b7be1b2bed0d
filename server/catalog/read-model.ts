import { CATEGORIES, CATEGORY_IDS } from '../../shared/categories.ts';
import type { AppDetail, AppList, AppListQuery, AppSummary, Category } from '../../shared/schemas/catalog.ts';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import type { Municipality } from '../../shared/schemas/municipality.ts';
import type { CatalogSnapshot, PublishedListing } from './catalog.repository.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

const collator = new Intl.Collator('nl', { sensitivity: 'base' });
/** Distinct (q, category, municipality) answers kept per read model; the oldest goes first. */
const RESULT_CACHE_SIZE = 1000;

/**
 * The catalog as residents read it, precomputed in memory from a store snapshot: responses are
 * built once per change, not per request (DESIGN.md "Catalog read path").
 */
export class CatalogReadModel {
  private readonly summaries: AppSummary[];
  private readonly bySlug: Map<string, AppSummary>;
  private readonly results = new Map<string, AppSummary[]>();
  private readonly details = new Map<string, AppDetail>();
  private readonly offeredBy = new Map<string, Set<string>>();
  private readonly search: SearchIndex;
  private readonly categoryList: Category[];
  private readonly municipalityList: Municipality[];

  constructor(snapshot: CatalogSnapshot) {
    const vendors = new Map(snapshot.organisations.map((o) => [o.id, o]));
    for (const m of snapshot.municipalities) this.offeredBy.set(m.code, new Set(m.offers));
    const live = new Set(snapshot.listings.map((l) => l.slug));

    const sorted = [...snapshot.listings].sort((a, b) =>
      collator.compare(a.live.content.name, b.live.content.name),
    );
    this.summaries = sorted.map((listing) => toSummary(listing, vendors.get(listing.organisationId)));
    this.bySlug = new Map(this.summaries.map((summary) => [summary.slug, summary]));
    const criteria = new Map(snapshot.criteria.map((c) => [c.id, c]));
    const offeringCodes = new Map<string, string[]>();
    for (const m of snapshot.municipalities) {
      for (const slug of m.offers) offeringCodes.set(slug, [...(offeringCodes.get(slug) ?? []), m.code]);
    }
    for (const [i, listing] of sorted.entries()) {
      const summary = this.summaries[i] as AppSummary;
      this.details.set(
        listing.slug,
        toDetail(listing, summary, criteria, offeringCodes.get(listing.slug) ?? []),
      );
    }

    this.search = buildSearchIndex(
      sorted.map((listing, i) => {
        const content = listing.live.content;
        return {
          slug: listing.slug,
          name: content.name,
          tagline: `${content.tagline.nl} ${content.tagline.en}`,
          description: `${content.description.nl} ${content.description.en}`,
          vendor: this.summaries[i]?.vendor.name ?? '',
          categories: content.categories
            .map((id) => `${id} ${CATEGORIES[id].label.nl} ${CATEGORIES[id].label.en}`)
            .join(' '),
        };
      }),
    );

    this.categoryList = CATEGORY_IDS.map((id) => ({
      id,
      ...CATEGORIES[id],
      appCount: this.summaries.filter((s) => s.categories.includes(id)).length,
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

  list(query: AppListQuery): AppList {
    const filtered = this.matching(query);
    const start = (query.page - 1) * query.pageSize;
    return {
      items: filtered.slice(start, start + query.pageSize),
      total: filtered.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * The ranked or sorted apps matching q, category and municipality, remembered per combination:
   * the model never changes until it is rebuilt, so a remembered answer is always exact, and
   * paging through results or a popular search costs a slice.
   */
  private matching(query: AppListQuery): AppSummary[] {
    const key = `${query.q ?? ''}\u0000${query.category ?? ''}\u0000${query.municipality ?? ''}`;
    const remembered = this.results.get(key);
    if (remembered) return remembered;
    const candidates = query.q
      ? this.search.search(query.q).flatMap((slug) => this.bySlug.get(slug) ?? [])
      : this.summaries;
    const offered = query.municipality ? (this.offeredBy.get(query.municipality) ?? new Set<string>()) : null;
    const filtered = candidates.filter(
      (s) => (!query.category || s.categories.includes(query.category)) && (!offered || offered.has(s.slug)),
    );
    if (this.results.size >= RESULT_CACHE_SIZE)
      this.results.delete(this.results.keys().next().value as string);
    this.results.set(key, filtered);
    return filtered;
  }

  detail(slug: string): AppDetail | undefined {
    return this.details.get(slug);
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
}

function toSummary(listing: PublishedListing, vendor: { id: string; name: string } | undefined): AppSummary {
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
