import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicJwks } from '../../shared/schemas/jwks.ts';
import { publishApp } from '../factories/published-app.ts';
import { signedIn } from '../setup/api-client.ts';
import { freePort } from '../setup/free-port.ts';
import { makeTempDir } from '../setup/temp-dir.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { launchChromium } from './support/chromium.ts';
import {
  authlibKeyRegistration,
  authlibRegistration,
  hasAuthlib,
  startAuthlibRp,
} from './support/stock-rp/authlib.ts';
import { type ClientAuth, type ClientKey, makeClientKey } from './support/stock-rp/client-key.ts';
import {
  hasModAuthOpenidc,
  modAuthOpenidcKeyRegistration,
  modAuthOpenidcRegistration,
  startModAuthOpenidc,
} from './support/stock-rp/mod-auth-openidc.ts';
import type { RunningRp } from './support/stock-rp/rp-process.ts';
import { pressOpenApp } from './support/storefront.ts';

/**
 * Issue 15: two relying parties nobody here wrote, installed from Debian by .ci/run and
 * configured only with the blocks of docs/integration/stock-relying-parties.md, taken through
 * every way a resident or vendor comes in. Nothing is hand-written between them and the platform.
 * Each also runs with the guide's private_key_jwt block (NL GOV profile): no secret, a client
 * assertion the platform checks against the keys in the reviewed registration.
 */

/** The ways in below; each RP variant names the ones it is taken through. */
type Journey =
  | 'storefront'
  | 'post-launch'
  | 'bookmark'
  | 'test-launch'
  | 'revoked'
  | 'suspended'
  | 'unknown-key';

interface StockLibrary {
  name: string;
  /** For the test apps' names (letters and spaces). */
  label: string;
  available: () => boolean;
  registration: (appUrl: string) => ReturnType<typeof authlibRegistration>;
  /** What the guide's private_key_jwt section registers on top: the method and the public keys. */
  keyRegistration: (
    appUrl: string,
    key: ClientKey,
  ) => Promise<{ tokenEndpointAuthMethod: 'private_key_jwt'; jwks?: PublicJwks; jwksUri?: string }>;
  start: (options: {
    dir: string;
    port: number;
    issuer: string;
    clientId: string;
    auth: ClientAuth;
  }) => Promise<RunningRp>;
  /** The given_name the RP says is signed in, or null when nobody is; may navigate. */
  signedInAs: (page: Page, rp: RunningRp) => Promise<string | null>;
}

interface StockRp extends StockLibrary {
  /** Which of the guide's blocks for the library: the client secret one, or private_key_jwt. */
  method: ClientAuth['method'];
  journeys: readonly Journey[];
}

const LIBRARIES: StockLibrary[] = [
  {
    name: 'Apache httpd + mod_auth_openidc',
    label: 'mod auth openidc',
    available: hasModAuthOpenidc,
    registration: modAuthOpenidcRegistration,
    keyRegistration: async (appUrl, key) => modAuthOpenidcKeyRegistration(appUrl, key),
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
    label: 'authlib',
    available: hasAuthlib,
    registration: authlibRegistration,
    keyRegistration: authlibKeyRegistration,
    start: startAuthlibRp,
    // Reads the page the browser is on: asking the app would start a sign-in when nobody is in.
    async signedInAs(page) {
      const heading = (await page.locator('h1').first().textContent({ timeout: 5000 })) ?? '';
      return /^Welkom, (.+)$/.exec(heading.trim())?.[1] ?? null;
    },
  },
];

/**
 * Each library with the guide's client secret block, through every way in; and with its
 * private_key_jwt block through the two ordinary ways in (the refusals do not depend on how the
 * app authenticates), plus a registration that holds another public key than the RP signs with.
 */
const RPS: StockRp[] = LIBRARIES.flatMap((library) => [
  {
    ...library,
    method: 'client_secret_basic' as const,
    journeys: ['storefront', 'post-launch', 'bookmark', 'test-launch', 'revoked', 'suspended'] as const,
  },
  {
    ...library,
    name: `${library.name} with private_key_jwt`,
    label: `${library.label} key`,
    method: 'private_key_jwt' as const,
    journeys: ['storefront', 'bookmark', 'unknown-key'] as const,
  },
]);

const GREETING_CLAIMS = [
  { claim: 'given_name' as const, reason: { nl: 'Om je te groeten.', en: 'To greet you.' }, required: true },
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

/** From the app's page in the storefront: "Open app", then the consent page. */
async function openFromStorefront(page: Page, slug: string): Promise<void> {
  await page.goto(`${server.url}/apps/${slug}`);
  await pressOpenApp(page);
  await page.waitForURL(/\/toestemming$/);
}

for (const stock of RPS) {
  describe.skipIf(!stock.available())(`launch into ${stock.name}, configured only from the guide`, () => {
    let rp: RunningRp;
    let app: Awaited<ReturnType<typeof publishApp>>;
    // Its own temp dir: Apache's workers may read it, the platform's data dir stays private.
    let rpDir: Awaited<ReturnType<typeof makeTempDir>>;
    let key: ClientKey | undefined;

    const journey = (name: Journey, title: string, run: () => Promise<void>) => {
      if (stock.journeys.includes(name)) it(title, run);
    };

    /** Publishes an app registered for the RP on `port` and starts the RP there with the guide's block. */
    async function publishAndStart(
      dir: string,
      port: number,
      launch: Record<string, unknown>,
      name: string,
    ): Promise<{ app: Awaited<ReturnType<typeof publishApp>>; rp: RunningRp }> {
      const appUrl = `http://127.0.0.1:${port}`;
      const published = await publishApp(server.url, {
        draft: { name, claims: GREETING_CLAIMS, launch: { ...stock.registration(appUrl), ...launch } },
      });
      const started = await stock.start({
        dir,
        port,
        issuer: server.url,
        clientId: published.clientId,
        // An app registered for private_key_jwt gets no secret here: the RP has only its key.
        auth: key
          ? { method: 'private_key_jwt', key }
          : { method: 'client_secret_basic', clientSecret: published.clientSecret },
      });
      return { app: published, rp: started };
    }

    beforeAll(async () => {
      rpDir = await makeTempDir('inwonercloud-rp-');
      const port = await freePort();
      const appUrl = `http://127.0.0.1:${port}`;
      if (stock.method === 'private_key_jwt') key = await makeClientKey(rpDir.dir, 'inwonercloud-2025');
      ({ app, rp } = await publishAndStart(
        rpDir.dir,
        port,
        key ? await stock.keyRegistration(appUrl, key) : {},
        `${stock.label} app`,
      ));
    });
    afterAll(async () => {
      await rp?.close();
      await rpDir?.remove();
    });

    journey(
      'storefront',
      'launched from the storefront: the resident consents, opens the app and is signed in',
      async () => {
        const { context, page, authorizations } = await freshBrowser();
        await signInOnStorefront(page, /fatima/i);
        await openFromStorefront(page, app.slug);
        await page.getByRole('button', { name: /akkoord/i }).click();

        await page.waitForURL((url) => url.origin === rp.url, { timeout: 20_000 });
        await page.waitForLoadState('load');

        expect(await stock.signedInAs(page, rp), rp.output()).toBe('Fatima');
        expect(authorizations()).toBe(1);
        await context.close();
      },
    );

    journey(
      'post-launch',
      'a launch registered as POST (the old way) does not get in as the RP ships: why GET is the default',
      async () => {
        const posted = await publishApp(server.url, {
          draft: {
            name: `${stock.label} post`,
            claims: GREETING_CLAIMS,
            launch: { ...stock.registration(rp.url), initiateLoginMethod: 'POST' },
          },
        });
        const { context, page } = await freshBrowser();
        await signInOnStorefront(page, /fatima/i);
        await openFromStorefront(page, posted.slug);
        const arrived = page.waitForResponse((response) => new URL(response.url()).origin === rp.url);
        await page.getByRole('button', { name: /akkoord/i }).click();

        // mod_auth_openidc reads the POST as a form_post answer without state; Flask's route is GET only.
        expect((await arrived).status()).toBeGreaterThanOrEqual(400);
        await context.close();
      },
    );

    journey(
      'bookmark',
      'opened directly (bookmarked): the app starts the sign-in and the resident is in',
      async () => {
        const { context, page, authorizations } = await freshBrowser();
        await signInOnStorefront(page, /fatima/i);

        await page.goto(`${rp.url}/`);
        await page.waitForLoadState('load');

        expect(await stock.signedInAs(page, rp), rp.output()).toBe('Fatima');
        expect(authorizations()).toBe(1);
        await context.close();
      },
    );

    journey(
      'test-launch',
      'test-launched from the vendor portal: the test resident lands in the app',
      async () => {
        const { context, page, authorizations } = await freshBrowser();
        await signInOnStorefront(page, /eva/i);
        await page.goto(`${server.url}/aanbieder/${app.id}`);

        await page.getByRole('button', { name: /test openen/i }).click();
        await page.waitForURL((url) => url.origin === rp.url, { timeout: 20_000 });
        await page.waitForLoadState('load');

        expect(await stock.signedInAs(page, rp), rp.output()).toBe('Test');
        expect(authorizations()).toBe(1);
        await context.close();
      },
    );

    journey(
      'revoked',
      'refused after the resident revoked consent: not signed in, and no redirect loop',
      async () => {
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
      },
    );

    journey(
      'suspended',
      'refused while the app is suspended: not signed in, and no redirect loop',
      async () => {
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
      },
    );

    journey(
      'unknown-key',
      'signs with a key the registration does not hold: the token endpoint refuses it, nobody is signed in, no loop',
      async () => {
        if (!key) throw new Error('a private_key_jwt variant without a key');
        // The same RP block and private key, for an app whose registration holds another public
        // key under the same kid: only a client assertion checked against the registered key
        // tells the two apart (a secret, or no client authentication at all, would not).
        const other = await makeClientKey(rpDir.dir, 'another-key');
        const otherDir = await makeTempDir('inwonercloud-rp-');
        const unknown = await publishAndStart(
          otherDir.dir,
          await freePort(),
          {
            tokenEndpointAuthMethod: 'private_key_jwt',
            jwks: { keys: [{ ...other.publicJwk, kid: key.keyId }] },
          },
          `${stock.label} other key`,
        );
        try {
          const { context, page, authorizations } = await freshBrowser();
          await signInOnStorefront(page, /fatima/i);
          await openFromStorefront(page, unknown.app.slug);
          // The redirect back with the authorization code: the RP redeems it at the token endpoint.
          const atCallback = (url: URL) => url.origin === unknown.rp.url && url.searchParams.has('code');
          const answered = page.waitForResponse((response) => atCallback(new URL(response.url())));
          await page.getByRole('button', { name: /akkoord/i }).click();

          // The callback answers with an error page of its own (mod_auth_openidc: 200 "Error";
          // Authlib, through the guide's handler: 400) and redirects nowhere: no new sign-in.
          const callback = await answered;
          await page.waitForURL(atCallback);
          expect(callback.headers().location, unknown.rp.output()).toBeUndefined();
          const shown = (await page.locator('body').textContent()) ?? '';
          expect(shown).toMatch(/error|niet gelukt/i);
          // The platform's answer: Authlib shows it, mod_auth_openidc writes it to its error log.
          expect(`${shown}\n${unknown.rp.output()}`).toMatch(/invalid_client/);
          expect(authorizations()).toBe(1);
          expect(await stock.signedInAs(page, unknown.rp)).toBeNull();
          await context.close();
        } finally {
          await unknown.rp.close();
          await otherDir.remove();
        }
      },
    );
  });
}
