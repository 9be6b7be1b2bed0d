import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';

/**
 * Issue 11, what residents and vendors expected: the own-municipality mark and filter, asking the
 * municipality for an app (and the admin's count), the vendor's preview of the app page, and the
 * app page printed as an assessment report. At 1280 and 390 px, each page checked with axe.
 * `RESIDENT_SHOTS=<dir>` saves full-page screenshots there, to look at by eye.
 */

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
type Viewport = (typeof VIEWPORTS)[number];

const shots = process.env.RESIDENT_SHOTS;
// Utrecht offers neither Klushulp in de Buurt nor Cultuurpas.
const NOT_OFFERED = { slug: 'klushulp-buurt', name: 'Klushulp in de Buurt' };

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  browser = await launchChromium();
  if (shots) mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function as(persona: string, viewport: Viewport): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  const response = await context.request.post(`${server.url}/api/v1/session/demo`, {
    data: { persona },
    headers: { origin: server.url },
  });
  expect(response.status(), `sign-in as ${persona}`).toBe(200);
  return { context, page: await context.newPage() };
}

/** The whole page, and the first screen as the user sees it. */
async function shot(page: Page, name: string, viewport: Viewport) {
  if (!shots) return;
  await page.screenshot({ path: join(shots, `${viewport.name}-${name}.png`), fullPage: true });
  await page.screenshot({ path: join(shots, `${viewport.name}-${name}-screen.png`) });
}

async function noHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal scrolling on ${label}`).toBeLessThanOrEqual(0);
}

async function requestsShownToAdmin(viewport: Viewport, label: string): Promise<string> {
  const { context, page } = await as('admin-utrecht', viewport);
  try {
    await page.goto(`${server.url}/gemeente`);
    const row = page.locator('tr', { has: page.getByRole('rowheader', { name: NOT_OFFERED.name }) });
    const cell = row.locator('td[data-label="Gevraagd door inwoners"]');
    await expect.poll(() => cell.textContent()).toMatch(/inwoner/);
    await expectNoAxeViolations(page, `offers page (${viewport.name})`);
    await noHorizontalScroll(page, `offers page (${viewport.name})`);
    await shot(page, `admin-offers-${label}`, viewport);
    if (shots) await row.screenshot({ path: join(shots, `${viewport.name}-admin-offers-${label}-row.png`) });
    return (await cell.textContent()) ?? '';
  } finally {
    await context.close();
  }
}

describe('a resident and their own municipality', () => {
  for (const viewport of VIEWPORTS) {
    it(`marks, filters and asks for an app at ${viewport.width} px`, async () => {
      const { context, page } = await as('resident-fatima', viewport);
      const errors = watchForPageErrors(page);
      try {
        await page.goto(`${server.url}/apps?municipality=all`);
        await page.getByText('Aangeboden door gemeente Utrecht').first().waitFor();
        const all = await page.locator('main .ic-app-card').count();
        const marked = await page
          .locator('main .ic-app-card', { hasText: 'Aangeboden door gemeente Utrecht' })
          .count();
        expect(marked).toBeGreaterThan(0);
        expect(marked).toBeLessThan(all);
        await expectNoAxeViolations(page, `results (${viewport.name})`);
        await noHorizontalScroll(page, `results (${viewport.name})`);
        await shot(page, 'resident-results', viewport);

        const countAll = await page.getByText(/apps gevonden$/).textContent();
        await page.getByRole('checkbox', { name: 'Alleen apps van mijn gemeente' }).check();
        await page.waitForURL(/municipality=GM0344/);
        await expect.poll(() => page.getByText(/apps gevonden$/).textContent()).not.toBe(countAll);
        // Every app left is one Utrecht offers, and says so.
        const cards = await page.locator('main .ic-app-card').count();
        expect(cards).toBeGreaterThan(0);
        expect(
          await page.locator('main .ic-app-card', { hasText: 'Aangeboden door gemeente Utrecht' }).count(),
        ).toBe(cards);
        expect(await page.getByRole('link', { name: NOT_OFFERED.name }).count()).toBe(0);
        await expectNoAxeViolations(page, `results, own municipality only (${viewport.name})`);

        await page.goto(`${server.url}/apps/${NOT_OFFERED.slug}`);
        await page.getByRole('button', { name: 'Vraag om deze app' }).click();
        await page.getByRole('button', { name: 'Verzoek intrekken' }).waitFor();
        await expect.poll(() => page.getByRole('status').filter({ hasText: 'verstuurd' }).count()).toBe(1);
        await expectNoAxeViolations(page, `app page after asking (${viewport.name})`);
        await noHorizontalScroll(page, `app page (${viewport.name})`);
        await shot(page, 'resident-asked', viewport);
        if (shots)
          await page
            .locator('.ic-app-request')
            .screenshot({ path: join(shots, `${viewport.name}-resident-request-panel.png`) });

        expect(await requestsShownToAdmin(viewport, 'asked')).toBe('1 inwoner');

        await page.getByRole('button', { name: 'Verzoek intrekken' }).click();
        await page.getByRole('button', { name: 'Vraag om deze app' }).waitFor();
        expect(await requestsShownToAdmin(viewport, 'withdrawn')).toBe('0 inwoners');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('a vendor previews the app page of a draft', () => {
  for (const viewport of VIEWPORTS) {
    it(`shows the draft with the public page, marked and not indexable, at ${viewport.width} px`, async () => {
      const { context, page } = await as('vendor-geldfit', viewport);
      const errors = watchForPageErrors(page);
      try {
        await page.goto(`${server.url}/aanbieder/lst-budgetcoach`);
        await page.getByRole('link', { name: 'Bekijk een voorbeeld van de app-pagina' }).click();
        await page.waitForURL(/\/aanbieder\/lst-budgetcoach\/voorbeeld$/);
        await page.getByText('Voorbeeld — nog niet gepubliceerd').waitFor();
        await expect.poll(() => page.locator('main h1').textContent()).toBe('BudgetCoach');
        expect(await page.locator('head meta[name="robots"]').getAttribute('content')).toBe(
          'noindex, nofollow',
        );
        expect(await page.getByRole('heading', { name: 'App openen' }).count()).toBe(0);
        await expectNoAxeViolations(page, `vendor preview (${viewport.name})`);
        await noHorizontalScroll(page, `vendor preview (${viewport.name})`);
        await shot(page, 'vendor-preview', viewport);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("shows another vendor nothing of someone else's draft", async () => {
    const { context, page } = await as('vendor-samensterk', VIEWPORTS[0]);
    try {
      await page.goto(`${server.url}/aanbieder/lst-budgetcoach/voorbeeld`);
      await page.locator('main h1').waitFor();
      await expect.poll(() => page.locator('main').textContent()).toMatch(/bestaat niet|mag dit niet/);
      expect(await page.getByText('Voorbeeld — nog niet gepubliceerd').count()).toBe(0);
      expect(await page.locator('main article').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('the app page printed as an assessment report', () => {
  it('prints the assessment without header, switchers, menu, buttons or footer', async () => {
    const { context, page } = await as('resident-fatima', VIEWPORTS[0]);
    try {
      await page.goto(`${server.url}/apps/budgetcoach`);
      await page.getByRole('table', { name: 'Waar gemeenten de app op hebben gecontroleerd' }).waitFor();
      await page.emulateMedia({ media: 'print' });

      for (const hidden of [
        page.getByRole('banner'),
        page.getByRole('navigation', { name: 'Hoofdmenu' }),
        page.getByRole('contentinfo'),
        page.locator('button'),
        page.locator('.ic-language-switch'),
        page.locator('.ic-app-page__launch'),
      ]) {
        const visible = await hidden.evaluateAll((nodes) =>
          nodes.filter(
            (node) => (node as HTMLElement).offsetParent !== null || node.getClientRects().length > 0,
          ),
        );
        expect(visible.length).toBe(0);
      }
      expect(
        await page.getByRole('table', { name: 'Waar gemeenten de app op hebben gecontroleerd' }).isVisible(),
      ).toBe(true);
      expect(await page.locator('main h1').isVisible()).toBe(true);
      await shot(page, 'print-app-page', VIEWPORTS[0]);
    } finally {
      await context.close();
    }
  });
});
