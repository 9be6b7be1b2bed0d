import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';

/**
 * Every persona's pages at a desktop and a phone size: axe, the contrast of interactive elements,
 * no horizontal scrolling, and a header that leaves the phone its screen (issue 11 items 4-6).
 * `WALK_SCREENSHOTS=<dir>` also saves a full-page PNG of each page there, to look at by eye.
 */

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const WALKS: { persona: string | null; pages: string[] }[] = [
  { persona: null, pages: ['/', '/apps', '/apps/budgetcoach', '/inloggen', '/toegankelijkheid'] },
  { persona: 'resident-fatima', pages: ['/', '/mijn-apps', '/apps/budgetcoach'] },
  { persona: 'vendor-geldfit', pages: ['/aanbieder', '/aanbieder/lst-budgetcoach', '/aanbieder/nieuw'] },
  { persona: 'reviewer-jan', pages: ['/beoordelen', '/beoordelen/opgeschort'] },
  { persona: 'admin-utrecht', pages: ['/gemeente', '/gemeente/logboek'] },
];

const screenshots = process.env.WALK_SCREENSHOTS;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  browser = await launchChromium();
  if (screenshots) mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedInContext(persona: string | null, viewport: (typeof VIEWPORTS)[number]) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  if (persona) {
    const response = await context.request.post(`${server.url}/api/v1/session/demo`, {
      data: { persona },
      headers: { origin: server.url },
    });
    expect(response.status(), `sign-in as ${persona}`).toBe(200);
  }
  return context;
}

/** Waits until the page has its heading and no loading text is left. */
async function settled(page: Page) {
  await page.locator('main h1').first().waitFor();
  await expect
    .poll(() => page.locator('main').getByText(/^(Laden|Bezig met laden)/).count(), { timeout: 5000 })
    .toBe(0);
}

describe('every persona, every page, desktop and phone', () => {
  for (const viewport of VIEWPORTS) {
    for (const walk of WALKS) {
      it(`${walk.persona ?? 'signed out'} at ${viewport.width}x${viewport.height}`, async () => {
        const context: BrowserContext = await signedInContext(walk.persona, viewport);
        const page = await context.newPage();
        const errors = watchForPageErrors(page);
        try {
          for (const path of walk.pages) {
            const label = `${path} as ${walk.persona ?? 'visitor'} (${viewport.name})`;
            await page.goto(`${server.url}${path}`);
            await settled(page);
            await expectNoAxeViolations(page, label);
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow, `horizontal scrolling on ${label}`).toBeLessThanOrEqual(0);
            const header = await page.getByRole('banner').boundingBox();
            const limit = viewport.name === 'phone' ? 160 : 140;
            expect(header?.height ?? 0, `header height on ${label}`).toBeLessThanOrEqual(limit);
            if (screenshots) {
              const file = `${viewport.name}-${walk.persona ?? 'visitor'}${path.replaceAll('/', '_')}.png`;
              await page.screenshot({ path: join(screenshots, file), fullPage: true });
            }
          }
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
