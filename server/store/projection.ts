import type { FindOptions } from './store.port.ts';

/**
 * The projection rules both engines share, checked before either runs a query, so a caller meets
 * the same error on SQLite and on MongoDB (which refuses mixed projections and path collisions).
 */
export function checkProjection(options: FindOptions): void {
  const { pick, omit } = options;
  if (!pick) return;
  if (omit?.length) throw new TypeError('find takes pick or omit, not both');
  for (const field of pick) {
    for (const other of pick) {
      if (field !== other && other.startsWith(`${field}.`))
        throw new TypeError(`picked field ${other} is inside picked field ${field}`);
    }
  }
}

/**
 * MongoDB's answer to a pick made like SQLite's: a picked field holding null is left out, as one
 * the document lacks is, and so is an object left with none of its picked fields (SQLite's
 * multi-path `json_extract` cannot tell null from absent; no caller needs to).
 */
export function withoutNulls<T>(document: T, pick: string[]): T {
  for (const field of pick) {
    const keys = field.split('.');
    const holders: Record<string, unknown>[] = [];
    let holder: unknown = document;
    for (const key of keys) {
      if (typeof holder !== 'object' || holder === null || Array.isArray(holder)) break;
      const record = holder as Record<string, unknown>;
      holders.push(record);
      if (record[key] === null) {
        delete record[key];
        break;
      }
      holder = record[key];
    }
    // Objects on the way that are now empty go too, innermost first (never the document itself).
    for (let i = holders.length - 1; i > 0; i -= 1) {
      const inner = holders[i] as Record<string, unknown>;
      if (Object.keys(inner).length > 0) break;
      delete (holders[i - 1] as Record<string, unknown>)[keys[i - 1] as string];
    }
  }
  return document;
}
