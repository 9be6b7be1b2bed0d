import type { StoredDocument } from '../store.port.ts';

/** A path to a Date inside a document: keys and array positions. */
type DatePath = (string | number)[];

export interface EncodedDocument {
  id: string;
  /** The document without `_id`, as JSON; Dates appear as their ISO 8601 text. */
  doc: string;
  /** JSON list of the paths that held Dates, or null: restores them on read. */
  dates: string | null;
}

export interface DocumentRow {
  id: string;
  doc: string;
  dates: string | null;
}

function collectDates(value: unknown, path: DatePath, found: DatePath[]): void {
  if (value instanceof Date) {
    found.push(path);
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) collectDates(value[i], [...path, i], found);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) collectDates(inner, [...path, key], found);
  }
}

/**
 * Dates are stored as ISO 8601 text, which sorts and compares in time order inside SQLite's JSON
 * functions (so range filters, sorts and TTL indexes work on them), and their paths are kept beside
 * the document so a read returns real Date objects, as MongoDB does. Decision 013.
 */
export function encodeDocument(document: StoredDocument): EncodedDocument {
  const { _id, ...rest } = document;
  if (typeof _id !== 'string' || _id.length === 0) throw new TypeError('a document needs a string _id');
  const found: DatePath[] = [];
  collectDates(rest, [], found);
  return { id: _id, doc: JSON.stringify(rest), dates: found.length > 0 ? JSON.stringify(found) : null };
}

export function decodeDocument<T extends StoredDocument>(row: DocumentRow): T {
  const document = JSON.parse(row.doc) as Record<string, unknown>;
  if (row.dates) {
    for (const path of JSON.parse(row.dates) as DatePath[]) {
      let holder: unknown = document;
      for (let i = 0; i < path.length - 1 && holder !== null && typeof holder === 'object'; i += 1) {
        holder = (holder as Record<string | number, unknown>)[path[i] as string | number];
      }
      // A Date inside an omitted field (FindOptions.omit) is not there to restore.
      if (holder === null || typeof holder !== 'object') continue;
      const record = holder as Record<string | number, unknown>;
      const last = path[path.length - 1] as string | number;
      if (typeof record[last] === 'string') record[last] = new Date(record[last] as string);
    }
  }
  return { _id: row.id, ...document } as T;
}

/** A filter value as SQLite compares it to what json_extract returns. */
export function sqlValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new TypeError(`unsupported filter value: ${typeof value}`);
}
