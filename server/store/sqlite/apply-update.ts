import type { StoredDocument, Update } from '../store.port.ts';

type Holder = Record<string, unknown>;

/** The object that holds the last segment of a dotted path, created on the way when asked to. */
function parentOf(document: Holder, path: string, create: boolean): [Holder | undefined, string] {
  const segments = path.split('.');
  const last = segments.pop() as string;
  let holder: Holder | undefined = document;
  for (const segment of segments) {
    if (holder === undefined) break;
    let next = holder[segment];
    if (next === undefined || next === null) {
      if (!create) return [undefined, last];
      next = {};
      holder[segment] = next;
    }
    if (typeof next !== 'object') throw new Error(`cannot update ${path}: ${segment} is not an object`);
    holder = next as Holder;
  }
  return [holder, last];
}

function checkPath(path: string): void {
  if (path === '_id' || path.startsWith('_id.')) throw new Error('the _id of a document cannot change');
}

/**
 * Applies the port's update operators ($set, $unset, $inc, $push) the way MongoDB does, to a
 * document read inside the same transaction. Values are copied in through structuredClone, so a
 * caller changing its object afterwards changes nothing stored.
 */
export function applyUpdate<T extends StoredDocument>(document: T, update: Update): T {
  const result = document as unknown as Holder;
  for (const key of Object.keys(update)) {
    if (!['$set', '$unset', '$inc', '$push'].includes(key)) throw new Error(`unsupported update ${key}`);
  }
  for (const [path, value] of Object.entries(update.$set ?? {})) {
    checkPath(path);
    // Like the MongoDB adapter (ignoreUndefined): an undefined value leaves the field as it is.
    if (value === undefined) continue;
    const [holder, last] = parentOf(result, path, true);
    if (holder) holder[last] = structuredClone(value);
  }
  for (const path of Object.keys(update.$unset ?? {})) {
    checkPath(path);
    const [holder, last] = parentOf(result, path, false);
    if (holder) delete holder[last];
  }
  for (const [path, amount] of Object.entries(update.$inc ?? {})) {
    checkPath(path);
    const [holder, last] = parentOf(result, path, true);
    if (!holder) continue;
    const current = holder[last] ?? 0;
    if (typeof current !== 'number') throw new Error(`cannot $inc ${path}: not a number`);
    holder[last] = current + amount;
  }
  for (const [path, value] of Object.entries(update.$push ?? {})) {
    checkPath(path);
    const [holder, last] = parentOf(result, path, true);
    if (!holder) continue;
    const current = holder[last] ?? [];
    if (!Array.isArray(current)) throw new Error(`cannot $push to ${path}: not an array`);
    holder[last] = [...current, structuredClone(value)];
  }
  return document;
}
