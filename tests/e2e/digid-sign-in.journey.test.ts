import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../factories/published-app.ts';
import { type DemoIdpProcess, reserveDemoIdp, startDemoIdp } from '../setup/demo-idp.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';
import { startDemoAppFor } from './support/demo-app.ts';
import { pressOpenApp } from './support/storefront.ts';

// A resident signs in through the broker (examples/demo-idp in its own process) and opens an app.
let server: TestServer;
let idp: DemoIdpProcess;
let demo: Awaited<ReturnType<typeof startDemoAppFor>>;
let browser: Browser;
const SHOTS = process.env.SCREENSHOT_DIR;

beforeAll(async () => {
  const reserved = await reserveDemoIdp();
  server = await startTestServer({ ...reserved.platformEnv, SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  idp = await startDemoIdp(server.url, reserved.port);
  demo = await startDemoAppFor(server.url, server.dataDir);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await idp?.stop();
  await server?.close();
});

/** An app that greets by first name, launched into the demo app at `slug`. */
async function publishDemoApp(slug: string, name: string, minimumAssurance?: 'high') {
  const app = await publishApp(server.url, {
    draft: {
      name,
      claims: [
        { claim: 'given_name', reason: { nl: 'Om je te begroeten.', en: 'To greet you.' }, required: true },
      ],
      launch: {
        initiateLoginUri: `${demo.url}/apps/${slug}/login`,
        redirectUris: [`${demo.url}/apps/${slug}/callback`],
        idTokenSignedResponseAlg: 'RS256',
        ...(minimumAssurance ? { minimumAssurance } : {}),
      },
    },
  });
  await demo.register({ slug, name: app.slug, clientId: app.clientId, clientSecret: app.clientSecret });
  return app;
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe.each([
  { label: 'desktop', viewport: { width: 1280, height: 800 } },
  { label: 'phone', viewport: { width: 390, height: 844 } },
])('DigiD sign-in journey ($label)', ({ label, viewport }) => {
  it('a resident signs in with DigiD through the broker, consents and opens the app', async () => {
    const slug = `digid-buurtapp-${label}`;
    await publishDemoApp(slug, `DigiD Buurtapp ${label}`);
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const pageErrors = watchForPageErrors(page);

    await page.goto(`${server.url}/inloggen?terug=/apps/${slug}`);
    await page.getByRole('link', { name: 'Inloggen met DigiD' }).waitFor();
    await expectNoAxeViolations(page, 'sign-in page with DigiD');
    await shot(page, `digid-1-sign-in-${label}`);
    await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();

    await page.waitForURL((url) => url.origin === idp.url);
    await shot(page, `digid-2-broker-${label}`);
    await page.getByRole('button', { name: /Jan Jansen/ }).click();

    await page.waitForURL((url) => url.origin === server.url && url.pathname === `/apps/${slug}`);
    // On a phone the account sits in the folded header menu (issue 11): open it to see who is signed in.
    const banner = page.getByRole('banner');
    if (label === 'phone') await banner.getByRole('button', { name: 'Menu' }).click();
    await banner.getByText('Jan Jansen').waitFor();
    await shot(page, `digid-3-app-page-${label}`);
    if (label === 'phone') await banner.getByRole('button', { name: 'Menu' }).click();
    await pressOpenApp(page);
    await page.waitForURL(/\/toestemming$/);
    await page.getByRole('button', { name: /akkoord/i }).click();

    // The demo app finishes its callback on /welkom, so no code stays in the address bar.
    await page.waitForURL((url) => url.origin === demo.url && url.pathname.endsWith('/welkom'));
    await expect.poll(() => page.locator('h1').textContent()).toContain('Welkom, Jan');
    const landed = await page.content();
    expect(landed).toContain('GM0344');
    expect(landed).not.toContain('999990019');
    // The launch token carries the sign-in level as an eIDAS LoA URI.
    expect(landed).toContain('http://eidas.europa.eu/LoA/substantial');
    await shot(page, `digid-4-in-the-app-${label}`);

    // Signing out ends the session at the broker too (RP-initiated logout, decision 026).
    await page.goto(`${server.url}/apps/${slug}`);
    const header = page.getByRole('banner');
    if (label === 'phone') await header.getByRole('button', { name: 'Menu' }).click();
    await header.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((url) => url.origin === idp.url);
    await shot(page, `digid-5-broker-sign-out-${label}`);
    await page.getByRole('button', { name: 'Ja, uitloggen' }).click();
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/');
    if (label === 'phone') await header.getByRole('button', { name: 'Menu' }).click();
    await header.getByRole('link', { name: 'Inloggen' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a resident at "Substantieel" is asked to step up for an app that needs "Hoog", and then opens it', async () => {
    const app = await publishDemoApp(`digid-hoog-${label}`, `Zorgkluis Hoog ${label}`, 'high');
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const pageErrors = watchForPageErrors(page);

    await page.goto(`${server.url}/inloggen?terug=/apps/${app.slug}`);
    await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();
    await page.waitForURL((url) => url.origin === idp.url);
    await page.getByRole('button', { name: /Jan Jansen/ }).click();

    // Back on the app page: no "Open app" yet, but the one thing to do, in plain Dutch.
    await page.waitForURL((url) => url.origin === server.url && url.pathname === `/apps/${app.slug}`);
    const stepUp = page.getByRole('link', { name: 'Opnieuw inloggen met DigiD op niveau Hoog' });
    await stepUp.waitFor();
    await page.getByText('Je bent nu ingelogd op niveau Substantieel.').waitFor();
    expect(await page.getByRole('link', { name: /open app/i }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /open app/i }).count()).toBe(0);
    await expectNoAxeViolations(page, `step-up notice (${label})`);
    await shot(page, `digid-step-up-1-notice-${label}`);
    await stepUp.click();

    // The broker is asked for "Hoog" and says so.
    await page.waitForURL((url) => url.origin === idp.url);
    await page.getByText('Inwonercloud vraagt om inloggen op niveau Hoog.').waitFor();
    await shot(page, `digid-step-up-2-broker-${label}`);
    await page.getByRole('button', { name: /Jan Jansen/ }).click();

    await page.waitForURL((url) => url.origin === server.url && url.pathname === `/apps/${app.slug}`);
    await pressOpenApp(page);
    await page.waitForURL(/\/toestemming$/);
    await page.getByRole('button', { name: /akkoord/i }).click();
    await page.waitForURL((url) => url.origin === demo.url && url.pathname.endsWith('/welkom'));
    await expect.poll(() => page.locator('h1').textContent()).toContain('Welkom, Jan');
    expect(await page.content()).toContain('http://eidas.europa.eu/LoA/high');
    await shot(page, `digid-step-up-3-in-the-app-${label}`);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
