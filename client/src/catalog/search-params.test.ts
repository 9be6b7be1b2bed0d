import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../shared/categories.ts';
import { AppListQuerySchema } from '../../../shared/schemas/catalog.ts';
import { readAppSearch } from './search-params.ts';

/** What the API's own query schema makes of the URL, field by field (the reader's reference). */
function bySchema(params: URLSearchParams) {
  const fields = AppListQuerySchema.shape;
  const q = fields.q.safeParse(params.get('q') ?? undefined);
  const category = fields.category.safeParse(params.get('category') ?? undefined);
  const municipality = fields.municipality.safeParse(params.get('municipality') ?? undefined);
  const page = fields.page.safeParse(params.get('page') ?? undefined);
  return {
    q: q.success && q.data ? q.data : undefined,
    category: category.success ? category.data : undefined,
    municipality: municipality.success ? municipality.data : undefined,
    page: page.success ? page.data : 1,
  };
}

const text = (values: string[]) =>
  fc.oneof(fc.constantFrom(...values), fc.string(), fc.string({ unit: 'grapheme' }));
const value = {
  q: fc.oneof(
    text(['', '  ', ' geld ', 'schulden']),
    fc.string({ unit: 'grapheme', minLength: 195, maxLength: 205 }),
    fc.nat({ max: 6 }).map((n) => `${' '.repeat(n)}${'a'.repeat(198 + n)}${' '.repeat(n)}`),
    fc.integer({ min: 196, max: 204 }).map((n) => '😀'.repeat(n)),
  ),
  category: text([...CATEGORY_IDS, 'Zorg', 'zorg ', 'money', '']),
  municipality: text(['GM0344', 'GM034', 'gm0344', 'GM03444', ' GM0344', 'all', '']),
  page: fc.oneof(
    text([
      '1',
      '0',
      '-1',
      '2.5',
      '0x10',
      ' 3 ',
      '1e3',
      'abc',
      '',
      '10000',
      '10001',
      'Infinity',
      '9007199254740993',
    ]),
    fc.integer({ min: -5, max: 10_005 }).map(String),
  ),
};

describe('readAppSearch', () => {
  it('reads a results page URL as the API query schema does, without zod', () => {
    fc.assert(
      fc.property(fc.record(value, { requiredKeys: [] }), (fields) => {
        const params = new URLSearchParams(fields as Record<string, string>);
        expect(readAppSearch(params)).toEqual(bySchema(params));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps valid filters and drops ones the API would refuse', () => {
    expect(
      readAppSearch(new URLSearchParams('q=+geld+&category=geld-en-schulden&municipality=GM0344&page=2')),
    ).toEqual({
      q: 'geld',
      category: 'geld-en-schulden',
      municipality: 'GM0344',
      page: 2,
    });
    expect(readAppSearch(new URLSearchParams('q=+&category=money&municipality=all&page=0'))).toEqual({
      q: undefined,
      category: undefined,
      municipality: undefined,
      page: 1,
    });
  });
});
