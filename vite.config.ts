import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress } from './scripts/build/precompress.ts';
import { purgeUnusedCss } from './scripts/build/purge-css.ts';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.API_URL ?? 'http://localhost:8080';

export default defineConfig(({ command, isSsrBuild }) => ({
  root: `${rootDir}client`,
  // The purge runs on the client bundle, before the precompression of its files.
  plugins: [react(), purgeUnusedCss(), precompress()],
  resolve: {
    // react-router's package exports only its development build; the build uses its production
    // build instead, which leaves out dev-only warnings (a smaller download on a resident's phone).
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: `${rootDir}node_modules/react-router/dist/production/index.mjs`,
            },
          ]
        : [],
  },
  build: {
    outDir: `${rootDir}dist/client`,
    emptyOutDir: true,
    sourcemap: true,
    // Everything the entry imports statically goes into one file beside it: the first load of a
    // page is then two scripts, not seven (each response costs a round trip's share and ~1 kB
    // of headers on a cheap phone). Lazy pages keep their own chunks (docs/decisions/121).
    rolldownOptions: isSsrBuild
      ? {}
      : { output: { codeSplitting: { groups: [{ name: 'first-load', tags: ['$initial'] }] } } },
  },
  // `vite build --ssr src/entry-server.tsx` bundles the first-view renderer the server imports
  // (docs/decisions/092): React and react-router inside, so the server needs no JSX tool-chain.
  ssr: { noExternal: true },
  server: {
    // `npm run dev`: Vite serves the storefront with HMR and forwards API calls to the server.
    proxy: Object.fromEntries(
      ['/api', '/auth', '/.well-known', '/oidc', '/media'].map((path) => [path, apiTarget]),
    ),
  },
  test: {
    root: rootDir,
    // The server imports the built first-view renderer (dist/ssr, ~1 MB): Node loads it as in
    // production, instead of Vite transforming it again in every test file.
    server: { deps: { external: [/\/dist\/ssr\//] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          root: rootDir,
          environment: 'node',
          include: [
            'tests/api/**/*.test.ts',
            'tests/store-contract/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
            'tests/faults/**/*.test.ts',
          ],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          root: rootDir,
          environment: 'happy-dom',
          include: ['client/src/**/*.test.tsx', 'client/src/**/*.test.ts'],
          setupFiles: ['client/src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: rootDir,
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
}));
