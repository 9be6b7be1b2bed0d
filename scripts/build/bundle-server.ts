// `npm run build:server`: the platform as a few bundled ES modules in dist/node (docs/decisions/017).
// Node 20 has no compile cache, and a start-up spent most of its time finding, reading and linking
// ~1,500 modules one file at a time; one bundle (with a chunk per lazily loaded part) is read once.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../../server/project-root.ts';

const OUT_DIR = path.join(PROJECT_ROOT, 'dist', 'node');

/**
 * Loaded from node_modules at run time: native addons find their binaries next to their own files,
 * and the MongoDB driver (with its optional native parts) is loaded only when MONGODB_URI is set.
 */
const EXTERNAL = ['better-sqlite3', 'sharp', 'mongodb'];

await rm(OUT_DIR, { recursive: true, force: true });
const result = await build({
  absWorkingDir: PROJECT_ROOT,
  entryPoints: { 'server/start': 'server/start.ts' },
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minifyWhitespace: true,
  minifySyntax: true,
  // Bundling renames clashing top-level names (AccessToken -> AccessToken2); oidc-provider looks
  // up each model's settings by its class name, so names are kept as written.
  keepNames: true,
  external: EXTERNAL,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.js' },
  // Bundled CommonJS packages (express and its parts) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  logLevel: 'warning',
  metafile: true,
});
const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
const kb = outputs.reduce((sum, [, output]) => sum + output.bytes, 0) / 1024;
console.log(
  `server bundle: ${outputs.length} files, ${kb.toFixed(0)} kB in ${path.relative(PROJECT_ROOT, OUT_DIR)}`,
);
