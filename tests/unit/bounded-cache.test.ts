import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../server/catalog/bounded-cache.ts';

describe('bounded cache', () => {
  it('forgets the oldest entries once the weight passes the budget', () => {
    const cache = new BoundedCache<string>(10, (value) => value.length);
    cache.set('a', 'xxxx');
    cache.set('b', 'yyyy');
    cache.set('c', 'zzzz');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe('yyyy');
    expect(cache.get('c')).toBe('zzzz');
    expect(cache.weight).toBe(8);
  });

  it('replaces an entry under the same key without counting it twice', () => {
    const cache = new BoundedCache<string>(10, (value) => value.length);
    cache.set('a', 'xxxx');
    cache.set('a', 'xxxxxx');
    expect(cache.weight).toBe(6);
    expect(cache.get('a')).toBe('xxxxxx');
  });

  it('does not keep a single entry heavier than the whole budget', () => {
    const cache = new BoundedCache<string>(10, (value) => value.length);
    cache.set('small', 'xx');
    cache.set('huge', 'x'.repeat(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toBe('xx');
  });
});
