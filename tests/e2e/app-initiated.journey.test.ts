import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../factories/published-app.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';
import { startDemoAppFor } from './support/demo-app.ts';

/**
 * Issue 15, "Inloggen met Inwonercloud": the resident opens the app directly (a bookmark). The
 * demo app, a stock openid-client RP, starts the sign-in without a hint; the platform signs the
 * resident in, asks consent inside the flow and returns to the app signed in.
 */
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

describe('app-initiated sign-in journey', () => {
  it('opens the app directly, signs in and consents at the platform, and lands in the app', async () => {
    const slug = 'e2e-direct';
    const app = await publishApp(server.url, {
      draft: {
        name: 'E2E Direct',
        claims: [
          { claim: 'given_name', reason: { nl: 'Om je te begroeten.', en: 'To greet you.' }, required: true },
        ],
        launch: {
          initiateLoginUri: `${demo.url}/apps/${slug}/login`,
          redirectUris: [`${demo.url}/apps/${slug}/callback`],
          idTokenSignedResponseAlg: 'RS256',
        },
      },
    });
    expect(app.slug).toBe(slug);
    await demo.register({ slug, name: 'E2E Direct', clientId: app.clientId, clientSecret: app.clientSecret });

    await page.goto(`${demo.url}/apps/${slug}`);
    await page.getByRole('link', { name: 'Inloggen met Inwonercloud' }).click();

    // The platform's own sign-in page, then straight on: no second login at the provider.
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/inloggen');
    await page.getByRole('button', { name: /fatima/i }).click();

    // Consent inside the flow, on the storefront's consent page.
    await page.waitForURL((url) => url.pathname === `/apps/${slug}/toestemming`);
    await expectNoAxeViolations(page, 'consent page inside the sign-in');
    await page.getByRole('button', { name: /akkoord/i }).click();

    await page.waitForURL((url) => url.origin === demo.url && url.pathname.endsWith('/welkom'));
    await expect.poll(() => page.locator('h1').textContent()).toContain('Welkom, Fatima');

    // Once more: signed in and consented, the app gets the resident back without a page in between.
    await page.goto(`${demo.url}/apps/${slug}/sign-in`);
    await page.waitForURL((url) => url.origin === demo.url && url.pathname.endsWith('/welkom'));
    await expect.poll(() => page.locator('h1').textContent()).toContain('Welkom, Fatima');
    expect(pageErrors).toEqual([]);
  });
});
