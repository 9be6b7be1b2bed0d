import { describe, expect, it } from 'vitest';
import { allowedEdits, boundedDistance, fuzzyAlternatives } from '../../server/catalog/search-fuzzy.ts';

describe('typo tolerance of the catalog search', () => {
  it('allows no edit below five letters, one from five and two from eight', () => {
    expect([4, 5, 7, 8, 12].map((n) => allowedEdits('x'.repeat(n)))).toEqual([0, 1, 1, 2, 2]);
  });

  it('measures edit distance and stops early past the bound', () => {
    expect(boundedDistance('schulden', 'schuldne', 2)).toBe(2);
    expect(boundedDistance('boodschapen', 'boodschappen', 2)).toBe(1);
    expect(boundedDistance('geld', 'fietsen', 1)).toBe(2);
  });

  it('offers the closest indexed terms, never the word itself', () => {
    const vocabulary = ['boodschappen', 'boodschap', 'boodschapen', 'schulden', 'fiets'];
    expect(fuzzyAlternatives('boodschapen', vocabulary)).toEqual(['boodschappen', 'boodschap']);
    expect(fuzzyAlternatives('fiet', vocabulary)).toEqual([]);
  });
});
