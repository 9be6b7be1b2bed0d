import { readFile } from 'node:fs/promises';
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { writePrivateFile } from '../private-files.ts';

export interface SearchDocument {
  slug: string;
  name: string;
  tagline: string;
  description: string;
  vendor: string;
  categories: string;
}

const PLAIN = /^[a-z0-9]*$/;
/** MiniSearch's own word separators. */
const SEPARATORS = /[\n\r\p{Z}\p{P}]+/u;
/** Words of a query that are searched; a resident types a few, a flood of them is a cost attack. */
export const MAX_SEARCH_WORDS = 6;

/**
 * The distinct words of a query, at most MAX_SEARCH_WORDS: each word is a walk through the index
 * with prefix and typo expansion, and a 200-character query of 100 one-letter words held the
 * event loop for ~300 ms with 10,000 listings (issue 5).
 */
export function searchWords(query: string): string {
  const distinct = [...new Set(query.split(SEPARATORS).filter((word) => word.length > 0))];
  return distinct.slice(0, MAX_SEARCH_WORDS).join(' ');
}

/** Case- and diacritic-insensitive: "financiele" finds "Financiële". */
export function normaliseTerm(term: string): string {
  const lower = term.toLowerCase();
  // Most words are plain ASCII; decomposing them would change nothing and costs most of indexing.
  if (PLAIN.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

/**
 * Full-text search over name, tagline, description (nl and en), vendor and categories, ranked
 * (BM25+ with the name weighing most), tolerant of one typo in words of five letters or more.
 */
const OPTIONS: Options<SearchDocument> = {
  idField: 'slug',
  fields: ['name', 'tagline', 'description', 'vendor', 'categories'],
  processTerm: (term) => {
    const normalised = normaliseTerm(term);
    return normalised.length > 0 ? normalised : null;
  },
  searchOptions: {
    boost: { name: 4, tagline: 2, vendor: 2, categories: 1.5 },
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    weights: { fuzzy: 0.6, prefix: 0.8 },
  },
};
/** Bump when OPTIONS or the documents change shape: a snapshot of another format is rebuilt. */
const SNAPSHOT_FORMAT = 'catalog-search/3';

/**
 * One app for `sync`: a fingerprint that changes whenever its document would (the read model uses
 * the live version and vendor name), and the document, built only when the fingerprint changed.
 */
export interface SearchEntry {
  slug: string;
  fingerprint: string;
  document: () => SearchDocument;
}

interface Snapshot {
  format: string;
  fingerprints: [slug: string, fingerprint: string][];
  index: AsPlainObject;
}

/**
 * The catalog's search index, kept across read-model rebuilds and updated by difference: a
 * publish or suspension adds or drops one app instead of re-indexing 10,000 (which blocks the
 * event loop for seconds), and an offer changes nothing here. It can be saved to and loaded from
 * a snapshot file, so a restart does not re-index either (docs/decisions/010).
 */
export class CatalogSearch {
  /** Goes up with every change, so an owner can tell whether a sync changed anything. */
  version = 0;

  private constructor(
    private index: MiniSearch<SearchDocument>,
    private readonly fingerprints: Map<string, string>,
  ) {}

  static empty(): CatalogSearch {
    return new CatalogSearch(new MiniSearch(OPTIONS), new Map());
  }

  /** The snapshot in `file`, or an empty index when there is none or it is of another format. */
  static async load(file: string): Promise<CatalogSearch> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return CatalogSearch.empty();
    }
    try {
      const snapshot = JSON.parse(text) as Snapshot;
      if (snapshot.format !== SNAPSHOT_FORMAT) return CatalogSearch.empty();
      return new CatalogSearch(MiniSearch.loadJS(snapshot.index, OPTIONS), new Map(snapshot.fingerprints));
    } catch {
      // A damaged snapshot is only a cache: start over.
      return CatalogSearch.empty();
    }
  }

  /** Makes the index hold exactly the entries' documents; returns whether anything changed. */
  sync(entries: SearchEntry[]): boolean {
    const wanted = new Set(entries.map((entry) => entry.slug));
    const gone = [...this.fingerprints.keys()].filter((slug) => !wanted.has(slug));
    const changed = entries.filter((entry) => this.fingerprints.get(entry.slug) !== entry.fingerprint);
    if (gone.length === 0 && changed.length === 0) return false;
    // Re-indexing everything is cheaper than thousands of discards, and leaves no tombstones.
    if (gone.length + changed.length > entries.length / 2) {
      this.index = new MiniSearch(OPTIONS);
      this.index.addAll(entries.map((entry) => entry.document()));
    } else {
      for (const slug of gone) this.index.discard(slug);
      for (const entry of changed) {
        if (this.index.has(entry.slug)) this.index.discard(entry.slug);
        this.index.add(entry.document());
      }
    }
    this.fingerprints.clear();
    for (const entry of entries) this.fingerprints.set(entry.slug, entry.fingerprint);
    this.version += 1;
    return true;
  }

  /** Slugs ranked best first; all words must match, else any word may (so a query never dead-ends). */
  search(query: string): string[] {
    const words = searchWords(query);
    const all = this.index.search(words, { combineWith: 'AND' });
    const results = all.length > 0 ? all : this.index.search(words, { combineWith: 'OR' });
    return results.map((result) => String(result.id));
  }

  /** Writes the snapshot next to its final name first, so a crash never leaves half a file. */
  async save(file: string): Promise<void> {
    const snapshot: Snapshot = {
      format: SNAPSHOT_FORMAT,
      fingerprints: [...this.fingerprints],
      index: this.index.toJSON(),
    };
    await writePrivateFile(file, JSON.stringify(snapshot));
  }
}
