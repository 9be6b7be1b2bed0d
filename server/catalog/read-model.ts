import { CATEGORIES, CATEGORY_IDS } from '../../shared/categories.ts';
import type { AppDetail, AppList, AppListQuery, AppSummary, Category } from '../../shared/schemas/catalog.ts';
import type { Municipality } from '../../shared/schemas/municipality.ts';
import type { CatalogSnapshot, PublishedListing } from './catalog.repository.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

/**
 * The catalog as residents read it, precomputed in memory from a store snapshot: responses are
 * built once per change, not per request (DESIGN.md "Catalog read path").
 */
export class CatalogReadModel {
  private readonly summaries: AppSummary[];
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
    for (const [i, listing] of sorted.entries()) {
      const summary = this.summaries[i] as AppSummary;
      this.details.set(listing.slug, toDetail(listing, summary, snapshot));
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
    let candidates: AppSummary[];
    if (query.q) {
      const bySlug = new Map(this.summaries.map((s) => [s.slug, s]));
      candidates = this.search.search(query.q).flatMap((slug) => bySlug.get(slug) ?? []);
    } else {
      candidates = this.summaries;
    }
    const offered = query.municipality ? (this.offeredBy.get(query.municipality) ?? new Set<string>()) : null;
    const filtered = candidates.filter(
      (s) => (!query.category || s.categories.includes(query.category)) && (!offered || offered.has(s.slug)),
    );
    const start = (query.page - 1) * query.pageSize;
    return {
      items: filtered.slice(start, start + query.pageSize),
      total: filtered.length,
      page: query.page,
      pageSize: query.pageSize,
    };
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

function toDetail(listing: PublishedListing, summary: AppSummary, snapshot: CatalogSnapshot): AppDetail {
  const content = listing.live.content;
  const criteria = new Map(snapshot.criteria.map((c) => [c.id, c]));
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
    offeredBy: snapshot.municipalities.filter((m) => m.offers.includes(listing.slug)).map((m) => m.code),
  };
}
