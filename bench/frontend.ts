import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { percentiles } from './measure.ts';
import type { Row } from './report.ts';
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
  const built =
    existsSync(path.join(CLIENT_DIST, 'index.html')) &&
    existsSync(path.join(CLIENT_DIST, '..', 'ssr', 'entry-server.js'));
  if (!force && built) return;
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

/** The cheap phone of issue 10: 1.6 Mbps down, 750 kbps up, 150 ms round trip, a 4x slower CPU. */
export const CHEAP_PHONE = { downKbps: 1600, upKbps: 750, rttMs: 150, cpuSlowdown: 4 };

export interface FirstLoad {
  lcpMs: number;
  element: string;
  /** kB (1,000 bytes, as Vite and issue 10 count) on the wire: headers and bodies as sent. */
  transferredKb: number;
  requests: { url: string; kb: number; encoding: string }[];
}

/**
 * A cold first visit on the throttled cheap phone, through the DevTools protocol: Chromium's own
 * network and CPU throttling, every response's encoded length summed until the network has been
 * quiet for 2 s (so the page's own fetches once its script runs count too),
 * and the largest contentful paint read in the page. The median visit by LCP of `runs`.
 */
export async function cheapPhoneFirstLoad(
  urls: Record<string, string>,
  runs = 3,
): Promise<Record<string, FirstLoad>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const results: Record<string, FirstLoad> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const loads: FirstLoad[] = [];
      for (let run = 0; run < runs; run += 1) loads.push(await throttledVisit(browser, url));
      loads.sort((a, b) => a.lcpMs - b.lcpMs);
      results[name] = loads[Math.floor(loads.length / 2)] as FirstLoad;
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** A first load has ended when no request was open or finished for this long (ms)... */
const QUIET_MS = 2_000;
/** ...or, with a page that keeps fetching, after this long (ms). */
const QUIET_MAX_MS = 15_000;

async function throttledVisit(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const responses = new Map<string, { url: string; encoding: string }>();
    const requests: FirstLoad['requests'] = [];
    const inFlight = new Set<string>();
    let lastActivity = performance.now();
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.request.url.startsWith('data:')) return;
      inFlight.add(event.requestId);
      lastActivity = performance.now();
    });
    cdp.on('Network.loadingFailed', (event) => {
      inFlight.delete(event.requestId);
      lastActivity = performance.now();
    });
    cdp.on('Network.responseReceived', (event) => {
      const headers = event.response.headers as Record<string, string>;
      const encoding = Object.entries(headers).find(([key]) => key.toLowerCase() === 'content-encoding')?.[1];
      responses.set(event.requestId, { url: event.response.url, encoding: encoding ?? 'identity' });
    });
    cdp.on('Network.loadingFinished', (event) => {
      inFlight.delete(event.requestId);
      lastActivity = performance.now();
      const response = responses.get(event.requestId);
      requests.push({
        url: response?.url ?? '?',
        kb: event.encodedDataLength / 1000,
        encoding: response?.encoding ?? '?',
      });
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: CHEAP_PHONE.rttMs,
      downloadThroughput: (CHEAP_PHONE.downKbps * 1000) / 8,
      uploadThroughput: (CHEAP_PHONE.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CHEAP_PHONE.cpuSlowdown });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    // What the page fetches once its JavaScript runs (session, municipalities, an app's evidence)
    // is part of its first load too: count until nothing has moved for a while, not only until
    // the first network idle, which can come while the script is still being compiled.
    const deadline = performance.now() + QUIET_MAX_MS;
    while (
      (inFlight.size > 0 || performance.now() - lastActivity < QUIET_MS) &&
      performance.now() < deadline
    ) {
      await page.waitForTimeout(100);
    }
    const lcp = await readLcp(page);
    return {
      lcpMs: lcp.time,
      element: lcp.element,
      transferredKb: requests.reduce((sum, r) => sum + r.kb, 0),
      requests,
    };
  } finally {
    await context.close();
  }
}

function readLcp(page: Page): Promise<{ time: number; element: string }> {
  return page.evaluate(
    () =>
      new Promise<{ time: number; element: string }>((resolve) => {
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
}

/** The goals of issue 10 for a first load on the cheap phone. */
export const CHEAP_PHONE_GOAL = { lcpMs: 2000, transferredKb: 150 };

/** The cheap-phone figures as rows of the bench table: LCP and transferred bytes per page. */
export async function cheapPhoneRows(
  urls: Record<string, string>,
  runs: number,
): Promise<{ rows: Row[]; details: Record<string, FirstLoad> }> {
  // A warm server, as for the API figures: the first request after start loads the renderer.
  for (const url of Object.values(urls)) await (await fetch(url)).arrayBuffer();
  const loads = await cheapPhoneFirstLoad(urls, runs);
  const rows: Row[] = [];
  const phone = `${CHEAP_PHONE.downKbps / 1000} Mbps, ${CHEAP_PHONE.rttMs} ms RTT, ${CHEAP_PHONE.cpuSlowdown}x CPU`;
  for (const [page, load] of Object.entries(loads)) {
    const byType = (pattern: RegExp) =>
      load.requests.filter((r) => pattern.test(r.url)).reduce((sum, r) => sum + r.kb, 0);
    rows.push({
      name: `cheap phone: LCP ${page} (${phone})`,
      rps: null,
      p50: null,
      p99: null,
      ratio: null,
      value: load.lcpMs,
      unit: 'ms',
      goal: `<= ${CHEAP_PHONE_GOAL.lcpMs} ms`,
      pass: load.lcpMs <= CHEAP_PHONE_GOAL.lcpMs,
      note: `median of ${runs} cold load(s); LCP element: ${load.element || "(the server's markup, since replaced by the app)"}`,
    });
    rows.push({
      name: `cheap phone: transferred, first load of ${page}`,
      rps: null,
      p50: null,
      p99: null,
      ratio: null,
      value: load.transferredKb,
      unit: 'kB',
      goal: `<= ${CHEAP_PHONE_GOAL.transferredKb} kB`,
      pass: load.transferredKb <= CHEAP_PHONE_GOAL.transferredKb,
      note:
        `${load.requests.length} responses: JS ${byType(/\.js$/).toFixed(1)} kB, CSS ${byType(/\.css$/).toFixed(1)} kB, ` +
        `API ${byType(/\/api\//).toFixed(1)} kB, media ${byType(/\/media\//).toFixed(1)} kB (headers included; ` +
        `encodings: ${[...new Set(load.requests.map((r) => r.encoding))].join(', ')})`,
    });
  }
  return { rows, details: loads };
}
