import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { percentiles } from './measure.ts';
import { ROOT_DIR } from './server-process.ts';

export const CLIENT_DIST = path.join(ROOT_DIR, 'dist', 'client');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Builds the storefront when dist/client is missing (or when asked to). */
export function ensureBuilt(force: boolean): void {
  if (!force && existsSync(path.join(CLIENT_DIST, 'index.html'))) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT_DIR, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/**
 * The JavaScript a first visit downloads before anything renders: the entry module in index.html
 * and every module it preloads, each gzipped (level 9, as a precompressing build step would).
 */
export async function initialJavaScript(): Promise<{ files: string[]; rawKb: number; gzipKb: number }> {
  const html = await readFile(path.join(CLIENT_DIST, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+type="module"[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*\shref="([^"]+)"/g),
  ].map((m) => m[1] as string);
  let raw = 0;
  let gzip = 0;
  for (const source of new Set(sources)) {
    const bytes = await readFile(path.join(CLIENT_DIST, source.replace(/^\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...new Set(sources)], rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

/**
 * Largest contentful paint of a cold first visit (fresh browser context, so nothing cached), read
 * in the page with a buffered PerformanceObserver; the median of `runs` visits, in ms.
 */
export async function largestContentfulPaint(
  urls: Record<string, string>,
  runs = 3,
): Promise<Record<string, { p50: number; p99: number; element: string }>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const results: Record<string, { p50: number; p99: number; element: string }> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const values: number[] = [];
      let element = '';
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'networkidle' });
        const lcp = await page.evaluate(
          () =>
            new Promise<{ time: number; element: string }>((resolve) => {
              // Runs in the page; typed loosely, as this file is type-checked against Node's globals.
              type LcpEntry = {
                startTime: number;
                element?: { tagName: string; textContent: string | null } | null;
              };
              new PerformanceObserver((list) => {
                const entries = list.getEntries() as unknown as LcpEntry[];
                const last = entries[entries.length - 1];
                if (last) {
                  const el = last.element;
                  resolve({
                    time: last.startTime,
                    element: el
                      ? `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`
                      : '',
                  });
                }
              }).observe({ type: 'largest-contentful-paint' as never, buffered: true });
              setTimeout(() => resolve({ time: Number.NaN, element: '(no LCP entry)' }), 5_000);
            }),
        );
        values.push(lcp.time);
        element = lcp.element;
        await context.close();
      }
      results[name] = { ...percentiles(values), element };
    }
  } finally {
    await browser.close();
  }
  return results;
}
