import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppListSchema } from '../../shared/schemas/catalog.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium } from './support/chromium.ts';

let server: TestServer;
let browser: Browser;
let app: { slug: string; name: string; tagline: { nl: string } };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  const list = AppListSchema.parse(await (await fetch(`${server.url}/api/v1/apps?pageSize=1`)).json());
  if (!list.items[0]) throw new Error('the seed catalog has no app');
  app = list.items[0];
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Counts, at every change of the page after the server's page was parsed, how many h1 and site
 * headers there are: a page that the app takes over without a flash or a duplicate never has
 * other than one of each. (A change is seen after the script task that made it, as the screen is.)
 */
const WATCH_TAKEOVER = `
  window.__firstView = { changes: 0, broken: [], parsed: false };
  new MutationObserver(() => {
    const h1 = document.querySelectorAll('h1').length;
    const headers = document.querySelectorAll('header').length;
    // Counted from the moment the server's page is there (the parser adds it bit by bit).
    if (!window.__firstView.parsed) {
      window.__firstView.parsed = h1 === 1 && document.getElementById('first-view-data') !== null;
      return;
    }
    window.__firstView.changes += 1;
    if (h1 !== 1 || headers !== 1) window.__firstView.broken.push(h1 + ' h1, ' + headers + ' header');
  }).observe(document, { childList: true, subtree: true });
`;

describe('first view rendered on the server', () => {
  it('shows the app page before any JavaScript runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    const response = await page.goto(`${server.url}/apps/${app.slug}`);

    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe(`${app.name} | Inwonercloud`);
    expect(await page.locator('h1').textContent()).toBe(app.name);
    expect(await page.getByText(app.tagline.nl).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('is taken over by the app without a flash, a duplicate, a refetch or a console error', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      // The list and the app's own page: what the first view carries (the evidence section asks for its own data).
      if (/^\/api\/v1\/apps(\/[^/]+)?$/.test(new URL(request.url()).pathname)) apiCalls.push(request.url());
    });
    await page.addInitScript({ content: WATCH_TAKEOVER });

    await page.goto(`${server.url}/apps/${app.slug}`);
    // React marks the container it renders into: the app has taken over once it is there.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(document.getElementById('root') ?? {}).some((key) =>
            key.startsWith('__reactContainer'),
          ),
        ),
      )
      .toBe(true);
    await page.waitForLoadState('networkidle');

    const watch = (await page.evaluate('window.__firstView')) as { changes: number; broken: string[] };
    expect(watch.changes).toBeGreaterThan(0);
    expect(watch.broken).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe(app.name);
    // The router started from the data in the page instead of asking the API again.
    expect(apiCalls).toEqual([]);
    await expectNoAxeViolations(page, 'server-rendered app page after take-over');

    // It is the app now: following a link navigates without loading a page.
    await page.getByRole('navigation').getByRole('link', { name: 'Alle apps' }).click();
    await page.waitForURL((url) => url.pathname === '/apps');
    await page.locator('main a[href^="/apps/"]').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('answers an unknown app with 404 and the app shows its "not found" page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const response = await page.goto(`${server.url}/apps/bestaat-niet`);

    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Pagina niet gevonden');
    expect(await page.locator('h1').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
