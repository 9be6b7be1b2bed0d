/**
 * How the platform process is started, by `npm start`, `npm run start:server` and the benchmarks:
 * bundled (`npm run build`, docs/decisions/017) and with a heap limit. Source maps are written
 * beside the bundle but not applied at run time (they cost ~150 ms of start-up and ~17 MB per process):
 * `NODE_OPTIONS=--enable-source-maps` turns them on when a stack trace needs the TypeScript lines.
 *
 * The limit: V8 sizes its heap from the machine's memory (about 4 GB on a 24 GB host) and, far
 * below that, collects lazily, so a busy server's memory climbs for minutes though most of it is
 * garbage (a 60 s soak: 430 -> 750 MB). A limit sized to the catalog keeps it flat (~360 MB with
 * 10,000 listings at 384 MB, same throughput). The live heap is ~25 MB with the demo catalog and
 * ~150 MB with 10,000 listings: raise MAX_HEAP_MB for a larger catalog (docs/operations.md).
 *
 * The young generation: V8 grows each of its two semi-spaces to 16 MB under load, and a request's
 * garbage dies young either way. At 4 MB a process after the bench's load holds ~30 MB less
 * (193–201 -> 164–168 MB RSS, one process, 10,000 listings) at no throughput the bench can tell.
 */
export const PLATFORM_ENTRY = 'dist/node/server/start.js';
const DEFAULT_HEAP_MB = 384;
const SEMI_SPACE_MB = 4;

export function platformNodeArgs(
  env: NodeJS.ProcessEnv = process.env,
  options: { fromSource?: boolean } = {},
): string[] {
  const heapMb = Number(env.MAX_HEAP_MB ?? DEFAULT_HEAP_MB);
  if (!Number.isInteger(heapMb) || heapMb < 128) {
    throw new Error(
      `MAX_HEAP_MB must be a whole number of megabytes, at least 128 (got "${env.MAX_HEAP_MB}")`,
    );
  }
  // `npm run dev` runs the TypeScript source, so a change needs no build.
  const entry = options.fromSource ? ['--import', 'tsx', 'server/start.ts'] : [PLATFORM_ENTRY];
  return [`--max-old-space-size=${heapMb}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, ...entry];
}
