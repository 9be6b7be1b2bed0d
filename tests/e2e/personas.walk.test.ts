import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitListing } from '../factories/review.ts';
import { signedIn } from '../setup/api-client.ts';
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
  {
    persona: 'resident-fatima',
    pages: [
      '/',
      '/mijn-apps',
      '/apps?municipality=all',
      '/apps/budgetcoach',
      '/apps/klushulp-buurt',
      '/apps/budgetcoach/toestemming',
    ],
  },
  {
    persona: 'vendor-geldfit',
    pages: [
      '/aanbieder',
      '/aanbieder/lst-budgetcoach',
      '/aanbieder/lst-budgetcoach/voorbeeld',
      '/aanbieder/nieuw',
    ],
  },
  { persona: 'reviewer-jan', pages: ['/beoordelen', '/beoordelen/opgeschort', '/beoordelen/{versionId}'] },
  { persona: 'admin-utrecht', pages: ['/gemeente', '/gemeente/logboek'] },
];

const screenshots = process.env.WALK_SCREENSHOTS;

let server: TestServer;
let browser: Browser;
let versionId = '';

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  browser = await launchChromium();
  if (screenshots) mkdirSync(screenshots, { recursive: true });
  // A version waiting in the queue, so the queue and a review page have something to show.
  const ruben = await signedIn(server.url, 'vendor-geldfit');
  ({ versionId } = await submitListing(ruben, 'lst-budgetcoach'));
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
    .poll(
      () =>
        page
          .locator('main')
          .getByText(/^(Laden|Bezig met laden)/)
          .count(),
      { timeout: 5000 },
    )
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
          for (const path of walk.pages.map((p) => p.replace('{versionId}', versionId))) {
            const label = `${path} as ${walk.persona ?? 'visitor'} (${viewport.name})`;
            await page.goto(`${server.url}${path}`);
            await settled(page);
            await expectNoAxeViolations(page, label);
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow, `horizontal scrolling on ${label}`).toBeLessThanOrEqual(0);
            if (viewport.name === 'phone') {
              // Cards, not columns squeezed until words break into fragments (item 5).
              const narrowCells = await page.evaluate(() =>
                Array.from(document.querySelectorAll('main table > tbody :is(td, th)'))
                  .filter((cell) => cell.getBoundingClientRect().width < 250)
                  .map((cell) => cell.textContent?.trim().slice(0, 30)),
              );
              expect(narrowCells, `narrow table cells on ${label}`).toEqual([]);
            }
            // WCAG 2.2 target size: no 13 px native boxes (item 17).
            const smallBoxes = await page.evaluate(() =>
              Array.from(document.querySelectorAll('input[type=checkbox], input[type=radio]'))
                .map((box) => box.getBoundingClientRect())
                .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24))
                .map((r) => `${r.width}x${r.height}`),
            );
            expect(smallBoxes, `checkboxes and radios under 24x24 px on ${label}`).toEqual([]);
            const header = await page.getByRole('banner').boundingBox();
            const limit = viewport.name === 'phone' ? 160 : 140;
            expect(header?.height ?? 0, `header height on ${label}`).toBeLessThanOrEqual(limit);
            if (screenshots) {
              const file = `${viewport.name}-${walk.persona ?? 'visitor'}${path.replaceAll('/', '_')}.png`;
              await page.screenshot({ path: join(screenshots, file), fullPage: true });
            }
          }
          // No web font to download (docs/decisions/122): the theme's Noto where the device has
          // it, else its own fonts, serif headings over sans-serif text. And the wordmark (item 16).
          const fonts = await page.evaluate(() => {
            const family = (selector: string) => {
              const element = document.querySelector(selector);
              return element ? getComputedStyle(element).fontFamily : '';
            };
            let webFonts = 0;
            document.fonts.forEach(() => {
              webFonts += 1;
            });
            return { webFonts, heading: family('main h1'), text: family('main') };
          });
          expect(fonts.webFonts).toBe(0);
          expect(fonts.heading).toMatch(/^"Noto Serif", .*, serif$/);
          expect(fonts.text).toMatch(/^"Noto Sans", .*, sans-serif$/);
          expect(await page.getByRole('banner').locator('svg.ic-logo__mark').count()).toBe(1);
          if (viewport.name === 'phone') {
            // The folded menu opens, holds the navigation and passes the same checks.
            await page.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
            await page
              .getByRole('navigation', { name: 'Hoofdmenu' })
              .getByRole('link', { name: 'Home' })
              .waitFor();
            await expectNoAxeViolations(page, `the open menu as ${walk.persona ?? 'visitor'}`);
          }
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('printing an app page', () => {
  it('prints the assessment report without header, switchers or footer', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/apps/budgetcoach`);
      await settled(page);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('banner').isVisible()).toBe(false);
      expect(await page.getByRole('contentinfo').isVisible()).toBe(false);
      expect(await page.locator('main h1').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('the phone header in either language', () => {
  it('keeps the logo, the other language and "Menu" on one row at 390 px', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/`);
      await settled(page);
      const middle = async (element: ReturnType<Page['locator']>) => {
        const box = await element.boundingBox();
        return (box?.y ?? 0) + (box?.height ?? 0) / 2;
      };
      const banner = page.getByRole('banner');
      for (const [switchTo, homeLink] of [
        ['English', 'Inwonercloud, to the home page'],
        ['Nederlands', 'Inwonercloud, naar de homepage'],
      ] as const) {
        const other = banner.getByRole('button', { name: switchTo });
        const logoBefore = await middle(banner.getByRole('link').first());
        expect(Math.abs((await middle(other)) - logoBefore), `"${switchTo}" beside the logo`).toBeLessThan(8);
        await other.click();
        const logo = banner.getByRole('link', { name: homeLink });
        await logo.waitFor();
        // "Nederlands", offered in English, is the longer name: it must fit beside the logo too.
        const menu = banner.getByRole('button', { name: 'Menu' });
        expect(
          Math.abs((await middle(menu)) - (await middle(logo))),
          `"Menu" after ${switchTo}`,
        ).toBeLessThan(8);
      }
    } finally {
      await context.close();
    }
  });
});
