import type { AppListQuery, Category } from '../../shared/schemas/catalog.ts';
import type { Municipality } from '../../shared/schemas/municipality.ts';
import { NotFoundError } from '../http/errors.ts';
import type { PreparedJson } from '../http/prepared-json.ts';
import type { CatalogRepository, CatalogSnapshot } from './catalog.repository.ts';
import { CatalogReadModel, SEARCH_LABELS, searchFingerprints } from './read-model.ts';
import { CatalogSearch } from './search-index.ts';

/** How long an instance trusts its read model before it checks the store's change counter. */
const COUNTER_CHECK_MS = 1_000;
const SNAPSHOT_KEY = 'catalog-snapshot';
const SYNCED_KEY = 'search-synced-with';

/**
 * Serves the public catalog from the in-memory read model. A change made by this instance
 * rebuilds at once (`changed()`); a change made by another instance is seen within a second
 * through the change counter in the store.
 */
export function createCatalogService(
  repository: CatalogRepository,
  options: {
    counterCheckMs?: number;
    /** Where the search index is kept between runs (a cache: missing or stale is rebuilt). */
    searchSnapshotFile?: string;
  } = {},
) {
  const counterCheckMs = options.counterCheckMs ?? COUNTER_CHECK_MS;
  let search: CatalogSearch | undefined;
  let savedVersion = 0;
  let model: CatalogReadModel | undefined;
  let counter = -1;
  /** A go-live date or an expiry ahead: the model is stale from then on, without any write. */
  let nextChangeAt = Number.POSITIVE_INFINITY;
  let checkedAt = 0;
  let pending: Promise<CatalogReadModel> | undefined;

  /**
   * The store's snapshot of what the catalog shows. A restart with an unchanged catalog takes the
   * one kept beside the search index under the same change counter instead of reading and parsing
   * 10,000 listings again (issue 10: most of a restart; decision 016).
   */
  async function snapshotAt(
    counter: number,
    index: CatalogSearch,
  ): Promise<{ snapshot: CatalogSnapshot; searchInSync: boolean }> {
    const version = `${counter}:${repository.snapshotFormat}:${SEARCH_LABELS}`;
    const kept = index.cached(SNAPSHOT_KEY, version);
    if (kept) {
      const snapshot = repository.revive(kept);
      if (snapshot && (snapshot.nextChangeAt ?? Number.POSITIVE_INFINITY) > Date.now()) {
        // The index was brought up to date with this very snapshot before: nothing to compare.
        return { snapshot, searchInSync: index.cached(SYNCED_KEY, version) !== undefined };
      }
    }
    const snapshot = await repository.snapshot();
    index.keep(SNAPSHOT_KEY, version, repository.serialise(snapshot));
    return { snapshot, searchInSync: false };
  }

  async function rebuild(): Promise<CatalogReadModel> {
    const seen = await repository.changeCounter();
    search ??= options.searchSnapshotFile
      ? await CatalogSearch.load(options.searchSnapshotFile)
      : CatalogSearch.empty();
    const { snapshot, searchInSync } = await snapshotAt(seen, search);
    const descriptions = searchInSync
      ? new Map()
      : await repository.descriptions(search.stale(searchFingerprints(snapshot)));
    model = new CatalogReadModel(snapshot, search, descriptions, { searchInSync });
    if (!searchInSync) {
      search.keep(SYNCED_KEY, `${seen}:${repository.snapshotFormat}:${SEARCH_LABELS}`, 'synced');
    }
    nextChangeAt = snapshot.nextChangeAt ?? Number.POSITIVE_INFINITY;
    counter = seen;
    checkedAt = Date.now();
    return model;
  }

  /** The read model when it was checked against the store within the last second. */
  function freshModel(): CatalogReadModel | undefined {
    const now = Date.now();
    return model && now - checkedAt < counterCheckMs && now < nextChangeAt ? model : undefined;
  }

  async function current(): Promise<CatalogReadModel> {
    const fresh = freshModel();
    if (fresh) return fresh;
    pending ??= (async () => {
      try {
        if (model && Date.now() < nextChangeAt && (await repository.changeCounter()) === counter) {
          checkedAt = Date.now();
          return model;
        }
        return await rebuild();
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  }

  return {
    /** Rebuilds the read model and tells other instances, after a publish, suspension or offer. */
    async changed(): Promise<void> {
      await repository.bumpChangeCounter();
      await rebuild();
    },
    /** For the fast lane, which must not wait: otherwise undefined, and the request goes the full way. */
    freshModel,
    /**
     * Writes the search index snapshot when it changed since it was loaded or last saved. Called
     * at shutdown, not after each change: serialising the index of 10,000 apps holds the event
     * loop for ~0.8 s. After a crash the next start syncs the older snapshot by difference.
     */
    async saveSearchIndex(): Promise<void> {
      const file = options.searchSnapshotFile;
      if (!file || !search || search.version === savedVersion) return;
      const version = search.version;
      await search.save(file);
      savedVersion = version;
    },
    /** Builds the read model before the server reports ready. */
    async warmUp(): Promise<void> {
      await rebuild();
    },
    /** An AppList page, serialised. */
    async listApps(query: AppListQuery): Promise<PreparedJson> {
      return (await current()).list(query);
    },
    /** An AppDetail, serialised. */
    async getApp(slug: string): Promise<PreparedJson> {
      const model = await current();
      const built = model.detail(slug);
      if (built) return built;
      const listing = model.has(slug) ? await repository.findPublished(slug) : null;
      if (!listing) throw new NotFoundError(`There is no app "${slug}" in the catalog.`);
      return model.buildDetail(listing);
    },
    async listCategories(): Promise<Category[]> {
      return (await current()).categories();
    },
    async listMunicipalities(): Promise<Municipality[]> {
      return (await current()).municipalities();
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
