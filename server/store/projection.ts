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
