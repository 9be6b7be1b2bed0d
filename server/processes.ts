import os from 'node:os';

/**
 * How many platform processes PROCESSES asks for: a whole number from 1 to 64, or `auto` (one per
 * core). Read by the primary before anything else loads (server/start.ts) and by config.ts; a value
 * config.ts refuses counts as one here, so the single process's configuration says what is wrong.
 */
export function processCount(value: string | number | undefined): number {
  if (value === 'auto') return os.availableParallelism();
  const count = Number(value ?? 1);
  return Number.isInteger(count) && count >= 1 && count <= 64 ? count : 1;
}
