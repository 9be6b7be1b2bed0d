import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  page = await browser.newPage();
  pageErrors = watchForPageErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('storefront journey', () => {
  it('searches, opens an app page and switches to English, accessibly', async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();
    await expectNoAxeViolations(page, 'home');

    await page.getByLabel(/zoek een app/i).fill('schulden');
    await page.getByLabel(/zoek een app/i).press('Enter');
    await page.waitForURL(/\/apps\?.*q=schulden/);
    const firstResult = page.locator('main a[href^="/apps/"]').first();
    await firstResult.waitFor();
    await expectNoAxeViolations(page, 'results');

    const name = (await firstResult.textContent())?.trim() ?? '';
    await firstResult.click();
    await page.waitForURL(/\/apps\/[a-z0-9-]+$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe(name);
    await expect.poll(() => page.getByText(/gegevens/i).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'app page');

    await page.getByRole('button', { name: /english/i }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page, 'app page in English');

    await page.goto(`${server.url}/toegankelijkheid`);
    await page.locator('h1').waitFor();
    await expectNoAxeViolations(page, 'accessibility statement');

    await page.goto(`${server.url}/bestaat-niet`);
    await page.locator('h1').waitFor();
    await expectNoAxeViolations(page, 'not found');
    expect(pageErrors).toEqual([]);
  });

  it('keeps the filters in the URL across a reload', async () => {
    await page.goto(`${server.url}/apps?category=wonen&municipality=GM0344`);
    await page.locator('main a[href^="/apps/"]').first().waitFor();
    const category = page.getByLabel(/^(onderwerp|topic)$/i).first();
    expect(await category.inputValue()).toBe('wonen');
    await page.reload();
    await page.locator('main a[href^="/apps/"]').first().waitFor();
    expect(page.url()).toContain('category=wonen');
    expect(pageErrors).toEqual([]);
  });
});
