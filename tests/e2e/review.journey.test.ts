import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';
import {
  CRITERIA,
  claimAssessAndApprove,
  factValue,
  fillListingForm,
  PERSONAS,
  signInAs,
  signOut,
} from './support/review-steps.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  browser = await launchChromium();
  page = await browser.newPage();
  // Fail a step in seconds, not after Playwright's default 30 s, so the journey stays short.
  page.setDefaultTimeout(10_000);
  pageErrors = watchForPageErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The vendor portal's table of the organisation's listings. */
function portalTable() {
  return page.getByRole('table', { name: 'Apps van je organisatie', exact: true });
}

/** The queue row of one app: a row's name is the text of its cells. */
function queueRow(name: string) {
  return page
    .getByRole('table', { name: /^Versies met status/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

describe('review journey (issue 3)', () => {
  it('a vendor submits a new app, two reviewers approve it, Utrecht offers it and a resident finds it', async () => {
    const appName = `Journey App ${Math.random().toString(36).slice(2, 8)}`;
    await page.goto(`${server.url}/`);

    // 1. The vendor creates a listing through the form and submits it for review.
    await signInAs(page, PERSONAS.vendor);
    expect(new URL(page.url()).pathname).toBe('/aanbieder');
    await page.getByRole('heading', { level: 1, name: 'Mijn aanbod' }).waitFor();
    await portalTable().waitFor();
    await expectNoAxeViolations(page, 'vendor portal');

    await page.getByRole('link', { name: 'Nieuwe app aanmelden', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/aanbieder/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe app aanmelden' }).waitFor();
    await fillListingForm(page, appName);
    await expectNoAxeViolations(page, 'new listing form');
    await page.getByRole('button', { name: 'Concept opslaan', exact: true }).click();

    await page.waitForURL((url) => /^\/aanbieder\/(?!nieuw$)[^/]+$/.test(url.pathname));
    await page.getByRole('heading', { level: 1, name: appName, exact: true }).waitFor();
    await page.getByText('Het concept is opgeslagen.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Indienen voor beoordeling', exact: true }).click();
    await page
      .getByRole('status')
      .getByText('Versie 1 is ingediend. Twee beoordelaars gaan ernaar kijken.', { exact: true })
      .waitFor();
    await page.getByText('Er wordt al een versie beoordeeld. Wacht tot die klaar is.').waitFor();
    await expectNoAxeViolations(page, 'listing detail after submitting');

    await page.getByRole('link', { name: 'Terug naar mijn aanbod', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/aanbieder');
    const listingRow = portalTable()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: appName, exact: true }) });
    await listingRow.waitFor();
    expect((await listingRow.getByRole('cell').allTextContents()).slice(0, 2)).toEqual([
      'Nog niet live',
      'Versie 1 Ingediend',
    ]);
    await expectNoAxeViolations(page, 'vendor portal with the submitted app');
    await signOut(page);

    // 2. Reviewer A claims it, passes every criterion and approves: one of two approvals.
    await signInAs(page, PERSONAS.reviewerA);
    expect(new URL(page.url()).pathname).toBe('/beoordelen');
    await queueRow(appName).waitFor();
    expect(await queueRow(appName).getByRole('cell').allTextContents()).toEqual([
      'Stichting Samen Sterk',
      '1',
      'Ingediend',
      '0/2',
      'Nog niemand',
      'sinds vandaag',
      'Beoordelen',
    ]);
    await expectNoAxeViolations(page, 'review queue');
    await queueRow(appName).getByRole('link', { name: 'Beoordelen', exact: true }).click();
    await page.waitForURL(/\/beoordelen\/[^/]+$/);
    const reviewPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: `${appName}, versie 1`, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Oppakken', exact: true }).waitFor();
    await page.getByRole('group', { name: 'Wat is je besluit?', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'review page before claiming');

    await claimAssessAndApprove(page);
    await page.getByText('Je besluit is verstuurd.', { exact: true }).waitFor();
    await expect.poll(() => factValue(page, 'Goedkeuringen').textContent()).toBe('1 van 2');
    expect(await factValue(page, 'Status').textContent()).toBe('Wordt beoordeeld');
    await expectNoAxeViolations(page, 'review page after the first approval');

    await page.getByRole('link', { name: 'Terug naar de wachtrij', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/beoordelen');
    await queueRow(appName).waitFor();
    expect(await queueRow(appName).getByRole('cell').allTextContents()).toEqual([
      'Stichting Samen Sterk',
      '1',
      'Wordt beoordeeld',
      '1/2',
      'Jan Mulder',
      'sinds vandaag',
      'Beoordelen',
    ]);
    await signOut(page);

    // 3. Reviewer B does the same; with the second approval the version is approved.
    await signInAs(page, PERSONAS.reviewerB);
    await queueRow(appName).getByRole('link', { name: 'Beoordelen', exact: true }).click();
    await page.waitForURL((url) => url.pathname === reviewPath);
    await page.getByRole('heading', { level: 1, name: `${appName}, versie 1`, exact: true }).waitFor();
    await claimAssessAndApprove(page);
    await expect.poll(() => factValue(page, 'Status').textContent()).toBe('Goedgekeurd');
    expect(await factValue(page, 'Goedkeuringen').textContent()).toBe('2 van 2');
    await page.getByText('Deze versie wacht niet (meer) op beoordeling.', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'review page after approval');
    await signOut(page);

    // 4. Utrecht's admin sees the now-live app and offers it.
    await signInAs(page, PERSONAS.admin);
    expect(new URL(page.url()).pathname).toBe('/gemeente');
    await page.getByRole('heading', { level: 1, name: 'Apps aanbieden in Utrecht', exact: true }).waitFor();
    const offerRow = page
      .getByRole('table', { name: 'Gecontroleerde apps', exact: true })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: appName, exact: true }) });
    const offer = offerRow.getByRole('button', { name: 'Aanbieden', exact: true });
    await expectNoAxeViolations(page, 'municipality offers');
    await offer.click();
    await page.getByRole('status').getByText(`${appName} wordt nu aangeboden.`, { exact: true }).waitFor();
    await offerRow.getByRole('button', { name: 'Stoppen met aanbieden', exact: true }).waitFor();
    await offerRow.getByText('Wordt aangeboden', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'municipality offers after offering');
    await signOut(page);

    // 5. A resident of Utrecht searches for it in Utrecht, opens it and sees the vetting result.
    await signInAs(page, PERSONAS.resident);
    const search = page.getByRole('search').getByRole('searchbox', { name: 'Zoek een app', exact: true });
    await search.fill(appName);
    await search.press('Enter');
    await page.waitForURL((url) => url.pathname === '/apps' && url.searchParams.get('q') === appName);
    // A signed-in resident filters on their own municipality with one checkbox (issue 11).
    await page
      .getByRole('form', { name: 'Zoeken en filteren', exact: true })
      .getByRole('checkbox', { name: 'Alleen apps van mijn gemeente', exact: true })
      .check();
    await page.waitForURL((url) => url.searchParams.get('municipality') === 'GM0344');
    const result = page
      .getByRole('list', { name: 'Gevonden apps', exact: true })
      .getByRole('link', { name: appName, exact: true });
    await result.waitFor();
    await expectNoAxeViolations(page, 'search results in Utrecht');

    await result.click();
    await page.waitForURL(/\/apps\/[a-z0-9-]+$/);
    await page.getByRole('heading', { level: 1, name: appName, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Gecontroleerd door gemeenten', exact: true }).waitFor();
    const vetting = page.getByRole('table', {
      name: 'Waar gemeenten de app op hebben gecontroleerd',
      exact: true,
    });
    const vettingRows = vetting.getByRole('row').filter({ has: page.getByRole('cell') });
    expect(await vettingRows.count()).toBe(CRITERIA.length);
    for (const criterion of CRITERIA) {
      const row = vettingRows.filter({
        has: page.getByRole('cell', { name: criterion.title.nl, exact: true }),
      });
      expect(await row.getByRole('cell').last().textContent(), criterion.id).toBe('Voldoet');
    }
    await expectNoAxeViolations(page, 'app page');

    // Her own municipality is Utrecht: the page marks the app as offered by it (issue 11).
    await page.getByText('Aangeboden door gemeente Utrecht', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'app page offered by her municipality');

    expect(pageErrors).toEqual([]);
  });
});
