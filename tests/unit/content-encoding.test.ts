import { describe, expect, it } from 'vitest';
import { type Encoding, negotiateEncoding } from '../../server/http/content-encoding.ts';

const ALL: Encoding[] = ['identity', 'br', 'gzip'];

describe('negotiateEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', ALL, 'br'],
    ['gzip, deflate', ALL, 'gzip'],
    ['br;q=0, gzip', ALL, 'gzip'],
    ['gzip;q=1, br;q=0.5', ALL, 'gzip'],
    ['br;q=0.8, gzip;q=0.8', ALL, 'br'],
    ['*', ALL, 'br'],
    ['*;q=0, gzip', ALL, 'gzip'],
    ['identity', ALL, 'identity'],
    ['deflate', ALL, 'identity'],
    ['br', ['identity', 'gzip'] as Encoding[], 'identity'],
    ['BR', ALL, 'br'],
    ['br;q=nonsense, gzip', ALL, 'gzip'],
  ])('picks for "%s" among %j: %s', (header, available, expected) => {
    expect(negotiateEncoding(header, available)).toBe(expected);
  });

  it('sends the file itself when the client names no encoding', () => {
    expect(negotiateEncoding(undefined, ALL)).toBe('identity');
    expect(negotiateEncoding('', ALL)).toBe('identity');
  });
});
