import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../factories/published-app.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';
import { startDemoAppFor } from './support/demo-app.ts';
import { pressOpenApp } from './support/storefront.ts';

let server: TestServer;
let demo: Awaited<ReturnType<typeof startDemoAppFor>>;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  demo = await startDemoAppFor(server.url, server.dataDir);
  browser = await launchChromium();
  page = await browser.newPage();
  pageErrors = watchForPageErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await server?.close();
});

describe('launch journey', () => {
  it('a resident consents, opens the app and lands in it signed in with the right name', async () => {
    const slug = 'e2e-buurtapp';
    const app = await publishApp(server.url, {
      draft: {
        name: 'E2E Buurtapp',
        claims: [
          { claim: 'given_name', reason: { nl: 'Om je te begroeten.', en: 'To greet you.' }, required: true },
          {
            claim: 'email',
            reason: { nl: 'Voor een bevestiging.', en: 'For a confirmation.' },
            required: false,
          },
        ],
        launch: {
          initiateLoginUri: `${demo.url}/apps/${slug}/login`,
          redirectUris: [`${demo.url}/apps/${slug}/callback`],
          idTokenSignedResponseAlg: 'RS256',
        },
      },
    });
    expect(app.slug).toBe(slug);
    await demo.register({
      slug,
      name: 'E2E Buurtapp',
      clientId: app.clientId,
      clientSecret: app.clientSecret,
    });

    // Sign in as a resident of Utrecht through the storefront.
    await page.goto(`${server.url}/inloggen`);
    await page.getByRole('button', { name: /fatima/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));

    await page.goto(`${server.url}/apps/${slug}`);
    await pressOpenApp(page);
    await page.waitForURL(/\/toestemming$/);
    await expectNoAxeViolations(page, 'consent page');
    await page.getByRole('button', { name: /akkoord/i }).click();

    // The callback redirects at once: no one-time code or state stays in the address bar (item 18).
    await page.waitForURL((url) => url.origin === demo.url && url.pathname.endsWith('/welkom'));
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Welkom, Fatima');
    expect(await page.content()).toContain('GM0344');
    await expectNoAxeViolations(page, 'demo app welcome');
    // English beside Dutch.
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Welcome, Fatima');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Welcome, Fatima');

    await page.goto(`${server.url}/mijn-apps`);
    await page.getByRole('link', { name: 'E2E Buurtapp' }).waitFor();
    // The resident's own history of consents (issue 9): only they see it.
    await page.getByText(/Toestemming gegeven aan E2E Buurtapp/).waitFor();
    if (process.env.E2E_SCREENSHOTS)
      await page.screenshot({ path: process.env.E2E_SCREENSHOTS, fullPage: true });
    await expectNoAxeViolations(page, 'Mijn apps');
    expect(pageErrors).toEqual([]);
  });
});
