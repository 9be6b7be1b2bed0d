import MiniSearch from 'minisearch';

export interface SearchDocument {
  slug: string;
  name: string;
  tagline: string;
  description: string;
  vendor: string;
  categories: string;
}

/** Case- and diacritic-insensitive: "financiele" finds "Financiële". */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Full-text search over name, tagline, description (nl and en), vendor and categories, ranked
 * (BM25+ with the name weighing most), tolerant of one typo in words of five letters or more.
 */
export function buildSearchIndex(documents: SearchDocument[]) {
  const index = new MiniSearch<SearchDocument>({
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
  });
  index.addAll(documents);

  return {
    /** Slugs ranked best first; all words must match, else any word may (so a query never dead-ends). */
    search(query: string): string[] {
      const all = index.search(query, { combineWith: 'AND' });
      const results = all.length > 0 ? all : index.search(query, { combineWith: 'OR' });
      return results.map((result) => String(result.id));
    },
  };
}

export type SearchIndex = ReturnType<typeof buildSearchIndex>;
