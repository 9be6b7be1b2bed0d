import autocannon, { type Options, type Result } from 'autocannon';

/** One load run's figures: throughput and latency percentiles (ms). */
export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers together. */
  errors: number;
  /** What the errors were: HTTP statuses other than 2xx, connection errors and timeouts, counted. */
  errorKinds?: Record<string, number>;
}

export interface LoadOptions {
  connections: number;
  /** Seconds. */
  duration: number;
}

function toMeasurement(result: Result): Measurement {
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    errorKinds: errorKinds(result),
  };
}

function errorKinds(result: Result): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) {
    if (!status.startsWith('2')) kinds[status] = (stats as { count: number }).count;
  }
  if (result.errors > 0) kinds['connection errors'] = result.errors;
  if (result.timeouts > 0) kinds.timeouts = result.timeouts;
  return kinds;
}

/** Drives one target with autocannon from this process (the server runs in its own). */
export async function load(options: Options): Promise<Measurement> {
  return toMeasurement(await autocannon({ timeout: 10, ...options }));
}

/** Several runs of one target as one figure: total requests over total time, mean p50, worst p99. */
export function combine(runs: Measurement[]): Measurement {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const seconds = runs.reduce((sum, r) => sum + r.requests / Math.max(r.rps, 1e-9), 0);
  return {
    rps: requests / seconds,
    p50: runs.reduce((sum, r) => sum + r.p50, 0) / runs.length,
    p99: Math.max(...runs.map((r) => r.p99)),
    requests,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    errorKinds: runs.reduce<Record<string, number>>((all, r) => {
      for (const [kind, n] of Object.entries(r.errorKinds ?? {})) all[kind] = (all[kind] ?? 0) + n;
      return all;
    }, {}),
  };
}

export interface Pair {
  api: Measurement;
  baseline: Measurement;
}

/**
 * The API path beside its bare baseline, run alternately: both warmed up, then `rounds` times
 * baseline-then-API, each for duration/rounds seconds, so drift on a shared machine hits both.
 */
export async function comparePair(
  api: { url: string; path: string },
  baseline: { url: string; path: string },
  options: LoadOptions & { warmup: number; rounds: number },
): Promise<Pair> {
  const run = (target: { url: string; path: string }, duration: number) =>
    load({ url: `${target.url}${target.path}`, connections: options.connections, duration });
  await run(baseline, options.warmup);
  await run(api, options.warmup);
  const apiRuns: Measurement[] = [];
  const baselineRuns: Measurement[] = [];
  const slice = Math.max(1, Math.round(options.duration / options.rounds));
  for (let round = 0; round < options.rounds; round += 1) {
    baselineRuns.push(await run(baseline, slice));
    apiRuns.push(await run(api, slice));
  }
  return { api: combine(apiRuns), baseline: combine(baselineRuns) };
}

/** Runs `task` with `concurrency` in flight until `seconds` have passed; returns rate and latencies. */
export async function closedLoop(
  task: () => Promise<void>,
  options: { concurrency: number; seconds: number },
): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await task();
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return { ...percentiles(latencies), rps: latencies.length / elapsed, requests: latencies.length, errors };
}

export function percentiles(values: number[]): { p50: number; p99: number } {
  if (values.length === 0) return { p50: Number.NaN, p99: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { p50: at(0.5), p99: at(0.99) };
}
