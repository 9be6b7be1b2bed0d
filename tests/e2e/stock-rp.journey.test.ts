import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../factories/published-app.ts';
import { signedIn } from '../setup/api-client.ts';
import { freePort } from '../setup/free-port.ts';
import { makeTempDir } from '../setup/temp-dir.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { launchChromium } from './support/chromium.ts';
import { authlibRegistration, hasAuthlib, startAuthlibRp } from './support/stock-rp/authlib.ts';
import {
  hasModAuthOpenidc,
  modAuthOpenidcRegistration,
  startModAuthOpenidc,
} from './support/stock-rp/mod-auth-openidc.ts';
import type { RunningRp } from './support/stock-rp/rp-process.ts';

/**
 * Issue 15: two relying parties nobody here wrote, installed from Debian by .ci/run and
 * configured only with the blocks of docs/integration/stock-relying-parties.md, taken through
 * every way a resident or vendor comes in. Nothing is hand-written between them and the platform.
 */

interface StockRp {
  name: string;
  available: () => boolean;
  registration: (appUrl: string) => ReturnType<typeof authlibRegistration>;
  start: typeof startAuthlibRp;
  /** The given_name the RP says is signed in, or null when nobody is; may navigate. */
  signedInAs: (page: Page, rp: RunningRp) => Promise<string | null>;
}

const RPS: StockRp[] = [
  {
    name: 'Apache httpd + mod_auth_openidc',
    available: hasModAuthOpenidc,
    registration: modAuthOpenidcRegistration,
    start: startModAuthOpenidc,
    // The module's own info hook (enabled by the guide): 401 without a session, no redirect.
    async signedInAs(page, rp) {
      const response = await page.goto(`${rp.url}/inwonercloud/callback?info=json`);
      if (response?.status() !== 200) return null;
      const info = JSON.parse(await response.text()) as { id_token?: { given_name?: string } };
      return info.id_token?.given_name ?? null;
    },
  },
  {
    name: 'python3-authlib + Flask',
    available: hasAuthlib,
    registration: authlibRegistration,
    start: startAuthlibRp,
    // Reads the page the browser is on: asking the app would start a sign-in when nobody is in.
    async signedInAs(page) {
      const heading = (await page.locator('h1').first().textContent({ timeout: 5000 })) ?? '';
      return /^Welkom, (.+)$/.exec(heading.trim())?.[1] ?? null;
    },
  },
];

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh browser (no cookies) that counts authorization requests, to catch redirect loops. */
async function freshBrowser(): Promise<{
  context: BrowserContext;
  page: Page;
  authorizations: () => number;
}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/oidc/auth') count += 1;
  });
  return { context, page, authorizations: () => count };
}

async function signInOnStorefront(page: Page, persona: RegExp): Promise<void> {
  await page.goto(`${server.url}/inloggen`);
  await page.getByRole('button', { name: persona }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

for (const stock of RPS) {
  describe.skipIf(!stock.available())(`launch into ${stock.name}, configured only from the guide`, () => {
    let rp: RunningRp;
    let app: Awaited<ReturnType<typeof publishApp>>;
    // Its own temp dir: Apache's workers may read it, the platform's data dir stays private.
    let rpDir: Awaited<ReturnType<typeof makeTempDir>>;

    beforeAll(async () => {
      const port = await freePort();
      const appUrl = `http://127.0.0.1:${port}`;
      app = await publishApp(server.url, {
        draft: {
          name: `${stock.name.slice(0, 20)} app`.replace(/[^A-Za-z0-9 ]/g, ' '),
          claims: [
            { claim: 'given_name', reason: { nl: 'Om je te groeten.', en: 'To greet you.' }, required: true },
          ],
          launch: stock.registration(appUrl),
        },
      });
      rpDir = await makeTempDir('inwonercloud-rp-');
      rp = await stock.start({
        dir: rpDir.dir,
        port,
        issuer: server.url,
        clientId: app.clientId,
        clientSecret: app.clientSecret,
      });
    });
    afterAll(async () => {
      await rp?.close();
      await rpDir?.remove();
    });

    it('launched from the storefront: the resident consents, opens the app and is signed in', async () => {
      const { context, page, authorizations } = await freshBrowser();
      await signInOnStorefront(page, /fatima/i);
      await page.goto(`${server.url}/apps/${app.slug}`);
      await page
        .getByRole('link', { name: /open app/i })
        .or(page.getByRole('button', { name: /open app/i }))
        .first()
        .click();
      await page.waitForURL(/\/toestemming$/);
      await page.getByRole('button', { name: /akkoord/i }).click();

      await page.waitForURL((url) => url.origin === rp.url, { timeout: 20_000 });
      await page.waitForLoadState('load');

      expect(await stock.signedInAs(page, rp), rp.output()).toBe('Fatima');
      expect(authorizations()).toBe(1);
      await context.close();
    });

    it('a launch registered as POST (the old way) does not get in as the RP ships: why GET is the default', async () => {
      const posted = await publishApp(server.url, {
        draft: {
          name: `${stock.name.slice(0, 20)} post`.replace(/[^A-Za-z0-9 ]/g, ' '),
          claims: [
            { claim: 'given_name', reason: { nl: 'Om je te groeten.', en: 'To greet you.' }, required: true },
          ],
          launch: { ...stock.registration(rp.url), initiateLoginMethod: 'POST' },
        },
      });
      const { context, page } = await freshBrowser();
      await signInOnStorefront(page, /fatima/i);
      await page.goto(`${server.url}/apps/${posted.slug}`);
      await page
        .getByRole('link', { name: /open app/i })
        .or(page.getByRole('button', { name: /open app/i }))
        .first()
        .click();
      await page.waitForURL(/\/toestemming$/);
      const arrived = page.waitForResponse((response) => new URL(response.url()).origin === rp.url);
      await page.getByRole('button', { name: /akkoord/i }).click();

      // mod_auth_openidc reads the POST as a form_post answer without state; Flask's route is GET only.
      expect((await arrived).status()).toBeGreaterThanOrEqual(400);
      await context.close();
    });

    it('opened directly (bookmarked): the app starts the sign-in and the resident is in', async () => {
      const { context, page, authorizations } = await freshBrowser();
      await signInOnStorefront(page, /fatima/i);

      await page.goto(`${rp.url}/`);
      await page.waitForLoadState('load');

      expect(await stock.signedInAs(page, rp), rp.output()).toBe('Fatima');
      expect(authorizations()).toBe(1);
      await context.close();
    });

    it('test-launched from the vendor portal: the test resident lands in the app', async () => {
      const { context, page, authorizations } = await freshBrowser();
      await signInOnStorefront(page, /eva/i);
      await page.goto(`${server.url}/aanbieder/${app.id}`);

      await page.getByRole('button', { name: /test openen/i }).click();
      await page.waitForURL((url) => url.origin === rp.url, { timeout: 20_000 });
      await page.waitForLoadState('load');

      expect(await stock.signedInAs(page, rp), rp.output()).toBe('Test');
      expect(authorizations()).toBe(1);
      await context.close();
    });

    it('refused after the resident revoked consent: not signed in, and no redirect loop', async () => {
      const { context, page, authorizations } = await freshBrowser();
      await signInOnStorefront(page, /fatima/i);
      const revoked = await page.request.delete(`${server.url}/api/v1/me/consents/${app.slug}`, {
        headers: { origin: server.url },
      });
      expect(revoked.status()).toBe(204);

      // Throws on ERR_TOO_MANY_REDIRECTS.
      await page.goto(`${rp.url}/`);
      await page.waitForLoadState('load');

      expect(authorizations()).toBeLessThanOrEqual(2);
      // Either the platform asks for consent again inside the flow, or the refusal is shown.
      if (new URL(page.url()).origin === server.url) {
        expect(await page.locator('h1').first().textContent()).toBeTruthy();
      } else {
        expect(await stock.signedInAs(page, rp)).toBeNull();
      }
      await context.close();
    });

    it('refused while the app is suspended: not signed in, and no redirect loop', async () => {
      const reviewer = await signedIn(server.url, 'reviewer-jan');
      const suspended = await reviewer.post(`/api/v1/apps/${app.slug}/suspension`, {
        reason: 'Beveiligingslek in onderzoek.',
      });
      expect(suspended.status).toBe(204);
      const { context, page, authorizations } = await freshBrowser();
      await signInOnStorefront(page, /fatima/i);

      await page.goto(`${rp.url}/`);
      await page.waitForLoadState('load');

      // One sign-in attempt, answered with a refusal the resident sees (on the platform, or as
      // the RP's error page for access_denied), and nobody signed in.
      expect(authorizations()).toBe(1);
      expect(await page.locator('body').textContent()).toMatch(/access_denied|invalid_client|niet/i);
      if (new URL(page.url()).origin === rp.url) expect(await stock.signedInAs(page, rp)).toBeNull();
      await context.close();
    });
  });
}
