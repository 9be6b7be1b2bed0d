import { mkdirSync } from 'node:fs';
import { exportJWK, generateKeyPair } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../factories/published-app.ts';
import { signedIn } from '../setup/api-client.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';
import { PERSONAS } from './support/review-steps.ts';

/**
 * Issue 15 part 4 / issue 14 in Chromium: a vendor edits its live app's launch settings (client
 * authentication with keys, the minimum sign-in level), at desktop and phone width, and a
 * reviewer sees exactly those changes in the new version. Screenshots go to SCREENSHOT_DIR.
 */
const SHOTS = process.env.SCREENSHOT_DIR;
let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  browser = await launchChromium();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function shot(page: Page, name: string) {
  // The viewport, scrolled to what the step is about: a full page of this long form says little.
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** The sign-in page itself: at phone width the header folds its links into a menu. */
async function signIn(page: Page, displayName: string) {
  await page.goto(`${server.url}/inloggen`);
  await page.getByRole('button', { name: `Inloggen als ${displayName}`, exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/inloggen');
}

async function publicJwksText(): Promise<string> {
  const { publicKey } = await generateKeyPair('ES256');
  const { kty, crv, x, y } = await exportJWK(publicKey);
  return JSON.stringify({ keys: [{ kty, crv, x, y, kid: 'app-2026', alg: 'ES256' }] }, null, 2);
}

describe.each([
  { label: 'desktop', width: 1280, height: 800 },
  { label: 'phone', width: 390, height: 844 },
])('launch settings journey at $label width ($width px)', ({ label, width, height }) => {
  it('the vendor registers its keys and a minimum level in a new version; the reviewer sees both', async () => {
    const app = await publishApp(server.url);
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    pageErrors.push(...watchForPageErrors(page));
    try {
      await signIn(page, PERSONAS.vendor);
      await page.goto(`${server.url}/aanbieder/${app.id}/bewerken`);
      await page.getByRole('group', { name: 'Inloggen in de app' }).waitFor();

      // A stored listing without a method used a client secret: the form says it deviates.
      const secret = page.getByRole('radio', { name: /Met een geheim \(client secret\)/ });
      expect(await secret.isChecked()).toBe(true);

      // Keys pasted wrongly: refused in Dutch at the field, before anything is sent.
      await page.getByRole('radio', { name: /Met een sleutelpaar \(private_key_jwt\)/ }).check();
      const keys = page.getByRole('textbox', { name: 'Publieke sleutels (JWKS)', exact: true });
      await keys.fill('-----BEGIN PRIVATE KEY-----');
      // Leaving the field shows its error, which moves the button: click it after that.
      await keys.blur();
      await page.getByText(/^Publieke sleutels \(JWKS\): plak JSON/).waitFor();
      await page.getByRole('button', { name: 'Wijzigingen opslaan', exact: true }).click();
      await page
        .getByRole('link', { name: /Publieke sleutels \(JWKS\): plak JSON/ })
        .first()
        .waitFor();
      expect(await keys.getAttribute('aria-invalid')).toBe('true');
      await keys.scrollIntoViewIfNeeded();
      await shot(page, `launch-settings-error-${label}`);
      await expectNoAxeViolations(page, `launch settings with an error (${label})`);

      // The real public key set and the highest level; saved, then submitted for review.
      await keys.fill(await publicJwksText());
      await page
        .getByRole('combobox', { name: 'Minimaal niveau van inloggen', exact: true })
        .selectOption({ label: 'Hoog (eIDAS hoog)' });
      await page
        .getByRole('group', { name: 'Hoe je app zich meldt bij Inwonercloud' })
        .scrollIntoViewIfNeeded();
      await shot(page, `launch-settings-filled-${label}`);
      await page.getByRole('button', { name: 'Wijzigingen opslaan', exact: true }).click();
      await page.getByText('Het concept is opgeslagen.', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Indienen voor beoordeling', exact: true }).click();
      await page
        .getByRole('status')
        .getByText(/Versie 2 is ingediend/)
        .waitFor();
      await page.context().clearCookies();

      // The reviewer's page of version 2 shows the changed method, keys and level, marked.
      const vendor = await signedIn(server.url, 'vendor-samensterk');
      const detail = (await (await vendor.get(`/api/v1/vendor/listings/${app.id}`)).json()) as {
        versions: { id: string; number: number }[];
        draft: { launch: Record<string, unknown> };
      };
      expect(detail.draft.launch).toMatchObject({
        tokenEndpointAuthMethod: 'private_key_jwt',
        minimumAssurance: 'high',
      });
      const version = detail.versions.find((v) => v.number === 2);
      if (!version) throw new Error('version 2 was not submitted');
      await signIn(page, PERSONAS.reviewerA);
      await page.goto(`${server.url}/beoordelen/${version.id}`);
      const method = page.getByText(/^private_key_jwt: met een sleutelpaar \(NL GOV\)/);
      await method.waitFor();
      await page.getByText(/1 sleutel: EC P-256 \(app-2026\)/).waitFor();
      await page
        .getByText(/^Hoog \(eIDAS hoog\)/)
        .first()
        .waitFor();
      await method.scrollIntoViewIfNeeded();
      await shot(page, `launch-settings-review-${label}`);
      await page.getByRole('heading', { name: 'Wat is er veranderd?' }).scrollIntoViewIfNeeded();
      await shot(page, `launch-settings-review-diff-${label}`);
      // Long keys and URLs wrap: the page never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page, `review of the launch settings (${label})`);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
