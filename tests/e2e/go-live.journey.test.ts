import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoIdpProcess, reserveDemoIdp, startDemoIdp } from '../setup/demo-idp.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';
import { claimAssessAndApprove, fillListingForm } from './support/review-steps.ts';

// A fresh production install, bootstrapped by a platform admin through the staff connection
// (examples/demo-idp in its own process): a municipality, a reviewer pair and a vendor
// organisation are onboarded, and the vendor's first app goes through review to a resident.
let server: TestServer;
let idp: DemoIdpProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
const SHOTS = process.env.SCREENSHOT_DIR;

beforeAll(async () => {
  const reserved = await reserveDemoIdp();
  server = await startTestServer({
    ...reserved.platformEnv,
    NODE_ENV: 'production',
    KEY_ENCRYPTION_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
    PLATFORM_ADMINS: 'pim.deboer@beheer.example',
    SIGN_IN_LIMIT_PER_MINUTE: '10000',
  });
  idp = await startDemoIdp(server.url, reserved.port);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await idp?.stop();
  await server?.close();
});

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A person's own browser, signed in through the demo IdP's account button, landing on `returnTo`. */
async function signedIn(kind: 'staff' | 'resident', account: RegExp, returnTo: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  pageErrors.push(...watchForPageErrors(page));
  await page.goto(`${server.url}/inloggen?terug=${encodeURIComponent(returnTo)}`);
  const button = kind === 'staff' ? 'Inloggen als medewerker' : 'Inloggen met DigiD';
  await page.getByRole('link', { name: button, exact: true }).click();
  await page.waitForURL((url) => url.origin === idp.url);
  await page.getByRole('button', { name: account }).click();
  await page.waitForURL((url) => url.origin === server.url && url.pathname === returnTo.split('?')[0]);
  return page;
}

async function expectNotice(page: Page, text: string | RegExp) {
  await page.getByRole('status').getByText(text).waitFor();
}

async function inviteOnPage(
  page: Page,
  email: string,
  role: string,
  scope?: { label: string; option: string },
) {
  await page.getByRole('textbox', { name: 'E-mailadres', exact: true }).fill(email);
  await page.getByRole('combobox', { name: 'Rol', exact: true }).selectOption({ label: role });
  if (scope)
    await page
      .getByRole('combobox', { name: scope.label, exact: true })
      .selectOption({ label: scope.option });
  await page.getByRole('button', { name: 'Uitnodiging maken', exact: true }).click();
  await expectNotice(page, `De uitnodiging voor ${email} staat klaar.`);
}

describe('go-live journey', () => {
  it('a platform admin bootstraps a fresh install and the first app reaches a resident', async () => {
    // 0. Nothing is there: no apps.
    const empty = await (await fetch(`${server.url}/api/v1/apps`)).json();
    expect(empty.total).toBe(0);

    // 1. The platform admin (PLATFORM_ADMINS) signs in as staff and onboards everyone.
    const pim = await signedIn('staff', /Pim de Boer/, '/beheer');
    await pim.getByRole('heading', { level: 1, name: 'Toegang en organisaties' }).waitFor();
    await expectNoAxeViolations(pim, 'onboarding page, empty');
    await pim.getByRole('combobox', { name: 'Gemeente', exact: true }).selectOption('GM0344');
    await pim.getByRole('button', { name: 'Gemeente toevoegen', exact: true }).click();
    await expectNotice(pim, 'Utrecht staat nu op Inwonercloud.');
    await pim.getByRole('textbox', { name: 'Naam', exact: true }).fill('AppMakers B.V.');
    await pim.getByRole('textbox', { name: 'KvK-nummer', exact: true }).fill('12345678');
    await pim.getByRole('button', { name: 'Organisatie registreren', exact: true }).click();
    await expectNotice(pim, 'AppMakers B.V. is geregistreerd.');
    await inviteOnPage(pim, 'mila.verhoef@gemeente.example', 'Beheerder van een gemeente', {
      label: 'Voor gemeente',
      option: 'Utrecht',
    });
    await inviteOnPage(pim, 'rob.kramer@keuring.example', 'Beoordelaar');
    await inviteOnPage(pim, 'rana.haddad@keuring.example', 'Beoordelaar');
    await inviteOnPage(pim, 'vera.mulder@appmakers.example', 'Lid van een aanbieder', {
      label: 'Voor organisatie',
      option: 'AppMakers B.V. (KvK 12345678)',
    });
    const invitations = pim.getByRole('table', { name: 'Uitnodigingen', exact: true });
    // The list reloads after the last invitation: wait for it rather than count at once.
    await expect.poll(() => invitations.getByRole('row').count(), { timeout: 10_000 }).toBe(5);
    await expectNoAxeViolations(pim, 'onboarding page with invitations');
    await shot(pim, 'golive-1-onboarding');

    // 2. The vendor member accepts by signing in, and submits the organisation's first app.
    const vera = await signedIn('staff', /Vera Mulder/, '/aanbieder/nieuw');
    const appName = 'Eerste App';
    await vera.getByRole('heading', { level: 1, name: 'Nieuwe app aanmelden' }).waitFor();
    await fillListingForm(vera, appName);
    await vera.getByRole('button', { name: 'Concept opslaan', exact: true }).click();
    await vera.getByText('Het concept is opgeslagen.', { exact: true }).waitFor();
    await vera.getByRole('button', { name: 'Indienen voor beoordeling', exact: true }).click();
    await expectNotice(vera, 'Versie 1 is ingediend. Twee beoordelaars gaan ernaar kijken.');

    // 3. Two invited reviewers each approve it (four eyes).
    for (const reviewer of ['Rob Kramer', 'Rana Haddad']) {
      const page = await signedIn('staff', new RegExp(reviewer), '/beoordelen');
      const row = page.getByRole('row').filter({ hasText: appName });
      await row.getByRole('link', { name: 'Beoordelen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `${appName}, versie 1`, exact: true }).waitFor();
      await claimAssessAndApprove(page);
      // The decision is on record under the reviewer's name from the staff connection.
      await page
        .getByText(new RegExp(`Goedgekeurd door ${reviewer}`))
        .first()
        .waitFor();
    }

    // 4. Utrecht's invited admin offers the now live app.
    const mila = await signedIn('staff', /Mila Verhoef/, '/gemeente');
    await mila.getByRole('heading', { level: 1, name: 'Apps aanbieden in Utrecht', exact: true }).waitFor();
    const offerRow = mila
      .getByRole('table', { name: 'Gecontroleerde apps', exact: true })
      .getByRole('row')
      .filter({ has: mila.getByRole('rowheader', { name: appName, exact: true }) });
    await offerRow.getByRole('button', { name: 'Aanbieden', exact: true }).click();
    await expectNotice(mila, `${appName} wordt nu aangeboden.`);

    // 5. A resident of Utrecht signs in with DigiD and finds the app, ready to open.
    const jan = await signedIn('resident', /Jan Jansen/, '/apps/eerste-app');
    await jan.getByRole('heading', { level: 1, name: appName }).waitFor();
    await jan
      .getByRole('link', { name: /open app/i })
      .or(jan.getByRole('button', { name: /open app/i }))
      .first()
      .waitFor();
    await expectNoAxeViolations(jan, 'app page for a DigiD resident');
    await shot(jan, 'golive-2-resident-app-page');

    // 6. The platform admin sees everyone's memberships, granted by invitation.
    await pim.reload();
    const members = pim.getByRole('table', { name: 'Mensen met toegang', exact: true });
    await members.getByText('Vera Mulder').waitFor();
    await expect.poll(() => members.getByRole('row').count(), { timeout: 10_000 }).toBe(6);
    await shot(pim, 'golive-3-members');
    expect(pageErrors).toEqual([]);
  });
});
