import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth } from '../../client/src/lib/format-date.ts';

const CLIENT = join(import.meta.dirname, '../../client/src');
const HELPER = 'lib/format-date.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('dates in the storefront (issue 11 item 13)', () => {
  it('are formatted by client/src/lib/format-date.ts only', () => {
    const adHoc = sources(CLIENT)
      .filter((path) => relative(CLIENT, path) !== HELPER)
      .filter((path) =>
        /Intl\.DateTimeFormat|toLocale(Date|Time)?String|dateStyle|timeStyle/.test(
          readFileSync(path, 'utf8'),
        ),
      )
      .map((path) => relative(CLIENT, path));

    expect(adHoc).toEqual([]);
  });

  it('reads "1 december 2026" and "1 december 2026 om 14:05" in Dutch time', () => {
    expect(formatDate('2026-12-01T13:05:00Z', 'nl')).toBe('1 december 2026');
    expect(formatDateTime('2026-12-01T13:05:00Z', 'nl')).toBe('1 december 2026 om 14:05');
    // Summer time: 22:30 UTC is already the next day in the Netherlands.
    expect(formatDateTime('2026-06-30T22:30:00Z', 'nl')).toBe('1 juli 2026 om 00:30');
  });

  it('reads "1 December 2026" and "1 December 2026 at 14:05" in English', () => {
    expect(formatDate('2026-12-01T13:05:00Z', 'en')).toBe('1 December 2026');
    expect(formatDateTime('2026-12-01T13:05:00Z', 'en')).toBe('1 December 2026 at 14:05');
  });

  it('reads a calendar day as that day, without a time', () => {
    expect(formatDate('2027-03-01', 'nl')).toBe('1 maart 2027');
    expect(formatDateTime('2027-03-01', 'en')).toBe('1 March 2027');
    expect(formatMonth('2027-03-01', 'nl')).toBe('maart 2027');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDate('binnenkort', 'nl')).toBe('binnenkort');
  });
});
