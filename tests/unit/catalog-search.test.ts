import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CatalogSearch,
  MAX_SEARCH_WORDS,
  type SearchDocument,
  type SearchEntry,
  searchWords,
} from '../../server/catalog/search-index.ts';
import { makeTempDir } from '../setup/temp-dir.ts';

const temp = await makeTempDir();
afterAll(() => temp.remove());

const doc = (slug: string, name: string, description = ''): SearchDocument => ({
  slug,
  name,
  tagline: '',
  description,
  vendor: 'Gemeente',
  categories: '',
});
/** Fingerprinted by content here; the read model uses the live version instead. */
const entries = (docs: SearchDocument[]): SearchEntry[] =>
  docs.map((document) => ({
    slug: document.slug,
    fingerprint: JSON.stringify(document),
    document: () => document,
  }));
const apps = entries(
  Array.from({ length: 10 }, (_, i) => doc(`app-${i}`, `App ${i}`, `helpt met post ${i}`)),
);

describe('catalog search index', () => {
  it('finds diacritics, typos and prefixes', () => {
    const search = CatalogSearch.empty();
    search.sync(entries([doc('geld', 'Financiële hulp'), doc('boodschap', 'Boodschappen maatje')]));
    expect(search.search('financiele')).toEqual(['geld']);
    expect(search.search('boodschapen')).toEqual(['boodschap']);
    expect(search.search('financ')).toEqual(['geld']);
  });

  it('adds, replaces and drops only what changed', () => {
    const search = CatalogSearch.empty();
    expect(search.sync(apps)).toBe(true);
    expect(search.sync(apps)).toBe(false);
    const version = search.version;
    const changed = [
      ...apps.slice(1),
      ...entries([doc('app-0', 'Kringloopfiets'), doc('extra', 'Taalcafé')]),
    ];
    changed.splice(
      changed.findIndex((d) => d.slug === 'app-5'),
      1,
    );
    expect(search.sync(changed)).toBe(true);
    expect(search.version).toBe(version + 1);
    expect(search.search('kringloopfiets')).toEqual(['app-0']);
    expect(search.search('taalcafe')).toEqual(['extra']);
    expect(search.search('post')).not.toContain('app-5');
    expect(search.search('post')).toHaveLength(8);
  });

  it('saves and loads a snapshot that answers like the index it came from', async () => {
    const file = path.join(temp.dir, 'search.json');
    const search = CatalogSearch.empty();
    search.sync(apps);
    await search.save(file);
    const loaded = await CatalogSearch.load(file);
    expect(loaded.search('post 3')).toEqual(search.search('post 3'));
    expect(loaded.sync(apps)).toBe(false);
  });

  it('starts empty from a missing, damaged or foreign snapshot', async () => {
    const damaged = path.join(temp.dir, 'damaged.json');
    await writeFile(damaged, '{"format":"catalog-search/3","fingerprints":[["x"');
    const foreign = path.join(temp.dir, 'foreign.json');
    await writeFile(foreign, JSON.stringify({ format: 'something-else', fingerprints: [], index: {} }));
    for (const file of [path.join(temp.dir, 'missing.json'), damaged, foreign]) {
      const search = await CatalogSearch.load(file);
      expect(search.search('post')).toEqual([]);
      expect(search.sync(apps)).toBe(true);
      expect(search.search('post')).toHaveLength(10);
    }
  });

  it('searches the distinct words of a query, at most a handful', () => {
    expect(searchWords('geld, hulp; geld  hulp')).toBe('geld hulp');
    const flood = Array.from({ length: 100 }, (_, i) => `woord${i}`).join(' ');
    expect(searchWords(flood).split(' ')).toHaveLength(MAX_SEARCH_WORDS);
    const search = CatalogSearch.empty();
    search.sync(apps);
    expect(search.search(`post ${'post '.repeat(60)}`)).toHaveLength(10);
  });

  it('builds the documents of changed entries only', () => {
    const search = CatalogSearch.empty();
    search.sync(apps);
    const built: string[] = [];
    const next = apps.map((entry) => ({
      ...entry,
      document: () => {
        built.push(entry.slug);
        return entry.document();
      },
    }));
    next[3] = { ...(next[3] as SearchEntry), fingerprint: 'v2' };
    search.sync(next);
    expect(built).toEqual(['app-3']);
  });
});
