// Lints the published OpenAPI document against the Dutch API Design Rules (Logius' own Spectral
// ruleset, beside the checkout in ../shared/standards) plus Spectral's `spectral:oas` rules, and
// fails on any error or warning (issue 15, docs/decisions/043). Offline: nothing is fetched.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { PROJECT_ROOT } from '../server/project-root.ts';

const RULESET = path.resolve(
  PROJECT_ROOT,
  '..',
  'shared',
  'standards',
  'logius-api-design-rules.spectral.yaml',
);

if (!existsSync(RULESET)) {
  console.log(`openapi:lint skipped: no Logius ruleset at ${RULESET} (a clone without ../shared).`);
  process.exit(0);
}

// Loaded only when there is something to lint: the server's modules are heavy.
const { boot } = await import('../server/boot.ts');
const { loadConfig } = await import('../server/config.ts');
const dir = await mkdtemp(path.join(tmpdir(), 'inwonercloud-openapi-'));
try {
  // The document exactly as the server publishes it, with an https PUBLIC_URL as deployed.
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    PUBLIC_URL: 'https://inwonercloud.example',
    LOG_LEVEL: 'silent',
  });
  const booted = await boot(config, pino({ level: 'silent' }));
  const server = createServer(booted.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const published = await (await fetch(`http://127.0.0.1:${port}/api/v1/openapi.json`)).text();
  server.close();
  await booted.store.close();
  const document = path.join(dir, 'openapi.json');
  await writeFile(document, published);
  // The Logius ruleset as published, then spectral:oas on top for what it leaves off
  // (operation descriptions, tags, ...).
  const ruleset = path.join(dir, 'ruleset.yaml');
  await writeFile(ruleset, `extends:\n  - ${JSON.stringify(RULESET)}\n  - [spectral:oas, recommended]\n`);
  const result = spawnSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'spectral'),
    ['lint', '--ruleset', ruleset, '--fail-severity', 'warn', '--display-only-failures', document],
    { stdio: 'inherit' },
  );
  process.exitCode = result.status ?? 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
