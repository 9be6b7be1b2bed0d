import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildListingDraft } from '../factories/listing-draft.ts';
import {
  approveAs,
  assessVersion,
  buildAssessment,
  claimVersion,
  decideVersion,
  submittedListing,
} from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { makeTempDir } from '../setup/temp-dir.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';
import { PERSONAS, signInAs, signOut } from './support/review-steps.ts';

const run = promisify(execFile);
let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  browser = await launchChromium();
  page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  pageErrors = watchForPageErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const api = (persona: string): Promise<ApiClient> => signedIn(server.url, persona);

describe('register journey (issue 13)', () => {
  it('a rejection, the vendor objects, the objection is upheld and the app goes live: all in the register and the feed', async () => {
    const appName = `Bezwaar App ${Math.random().toString(36).slice(2, 8)}`;
    const criteria = server.services.criteria;
    const [vendor, jan, lotte, mila] = await Promise.all([
      api('vendor-samensterk'),
      api('reviewer-jan'),
      api('reviewer-lotte'),
      api('reviewer-mila'),
    ]);
    // Jan rejects the app, with a public reason apart from his internal note.
    const { listing, versionId } = await submittedListing(vendor, buildListingDraft({ name: appName }));
    await claimVersion(jan, versionId);
    await assessVersion(jan, versionId, buildAssessment(criteria, { 'privacy-dpia': 'fail' }));
    await decideVersion(jan, versionId, {
      decision: 'reject',
      comment: 'Intern: eerder gedoe met deze aanbieder.',
      publicReason: { nl: 'Er is geen DPIA gedaan. Die is nodig voor deze app.', en: 'No DPIA was done.' },
    });

    // 1. The vendor sees the rejection with its deadline and objects in the portal.
    await page.goto(`${server.url}/`);
    await signInAs(page, PERSONAS.vendor);
    await page.goto(`${server.url}/aanbieder/${listing.id}`);
    const section = page.getByRole('region', { name: 'Besluiten en bezwaar' });
    await section.getByText(/U kunt bezwaar maken tot/).waitFor();
    await expectNoAxeViolations(page, 'vendor listing with an objectable decision');
    await section.getByRole('button', { name: 'Bezwaar maken', exact: true }).click();
    await section.getByRole('button', { name: 'Bezwaar indienen', exact: true }).click();
    await page.getByRole('link', { name: /Schrijf minstens 20 tekens/ }).waitFor();
    await section
      .getByRole('textbox', { name: 'Waarom bent u het niet eens met het besluit?' })
      .fill('Wij hebben wel een DPIA gedaan. Die stuurden we mee, maar hij is niet bekeken.');
    await section
      .getByRole('textbox', { name: 'Link naar het document (https)' })
      .fill('https://samensterk.example/dpia.pdf');
    await expectNoAxeViolations(page, 'objection form');
    await section.getByRole('button', { name: 'Bezwaar indienen', exact: true }).click();
    await section.getByText(/Uw bezwaar is ontvangen/).waitFor();
    await section.getByText(/Bezwaar in behandeling/).waitFor();
    await signOut(page);

    // 2. Two reviewers who did not take the decision uphold it; the version goes back into review with them.
    const { items } = await (await lotte.get('/api/v1/objections?status=open')).json();
    const objection = items.find((o: { app: { slug: string } }) => o.app.slug === listing.slug);
    expect((await jan.post(`/api/v1/objections/${objection.id}/claim`)).status).toBe(403);
    for (const handler of [lotte, mila]) {
      expect((await handler.post(`/api/v1/objections/${objection.id}/claim`)).status).toBe(200);
      const voted = await handler.post(`/api/v1/objections/${objection.id}/votes`, {
        outcome: 'upheld',
        publicReason: { nl: 'De DPIA was er wel. Het bezwaar is gegrond.', en: 'The DPIA was there.' },
      });
      expect(voted.status).toBe(200);
    }
    await approveAs(lotte, versionId, criteria);
    await approveAs(mila, versionId, criteria);
    expect((await fetch(`${server.url}/api/v1/apps/${listing.slug}`)).status).toBe(200);

    // 3. Anyone reads it in the register: list, filter, a decision's own page.
    await page.goto(`${server.url}/besluiten?app=${listing.slug}`);
    await page.getByRole('heading', { level: 1, name: 'Besluiten' }).waitFor();
    const table = page.getByRole('table', { name: '3 besluiten, nieuwste eerst' });
    await table.waitFor();
    const kinds = await table.getByRole('link').allTextContents();
    expect(kinds).toEqual(['Goedgekeurd', 'Bezwaar gegrond', 'Afgewezen']);
    await expectNoAxeViolations(page, 'register list');
    await table.getByRole('link', { name: 'Afgewezen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Afgewezen: ${appName}` }).waitFor();
    await page.getByText('Er is geen DPIA gedaan. Die is nodig voor deze app.').waitFor();
    expect(await page.getByText('DPIA uitgevoerd').count()).toBeGreaterThan(0);
    const body = (await page.locator('main').textContent()) ?? '';
    for (const hidden of ['Intern', 'Jan Mulder', 'Lotte', 'Mila']) expect(body).not.toContain(hidden);
    await expectNoAxeViolations(page, 'decision page');
    await page.getByRole('link', { name: 'Bekijk dat besluit', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Bezwaar gegrond: ${appName}` }).waitFor();

    // 4. The feed has all three, and is valid Atom.
    const xml = await (await fetch(`${server.url}/besluiten/feed.atom`)).text();
    for (const title of ['Goedgekeurd', 'Bezwaar gegrond', 'Afgewezen'])
      expect(xml).toContain(`${title}: ${appName}`);
    const temp = await makeTempDir();
    try {
      await writeFile(path.join(temp.dir, 'feed.xml'), xml);
      const schema = path.resolve(import.meta.dirname, '../fixtures/atom.rng');
      const { stderr } = await run('xmllint', [
        '--noout',
        '--relaxng',
        schema,
        path.join(temp.dir, 'feed.xml'),
      ]);
      expect(stderr).toMatch(/validates/);
    } finally {
      await temp.remove();
    }
    expect(pageErrors).toEqual([]);
  });

  it('an app offered with a future go-live date stays out of the catalog until then', async () => {
    const [vendor, jan, lotte, admin] = await Promise.all([
      api('vendor-geldfit'),
      api('reviewer-jan'),
      api('reviewer-lotte'),
      api('admin-utrecht'),
    ]);
    const appName = `Later Live ${Math.random().toString(36).slice(2, 8)}`;
    const { listing, versionId } = await submittedListing(vendor, buildListingDraft({ name: appName }));
    await approveAs(jan, versionId, server.services.criteria);
    await approveAs(lotte, versionId, server.services.criteria);
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const conditions = await admin.put(`/api/v1/municipalities/GM0344/apps/${listing.slug}/conditions`, {
      goLiveDate: inAWeek,
      required: { dpia: false, processingAgreement: false, localContact: false },
      localNote: { nl: 'Vanaf volgende week in Utrecht.' },
    });
    expect(conditions.status).toBe(200);
    expect((await admin.put(`/api/v1/municipalities/GM0344/apps/${listing.slug}`)).status).toBe(204);

    await page.goto(`${server.url}/apps?municipality=GM0344&q=${encodeURIComponent(appName)}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(appName, { exact: true }).count()).toBe(0);

    // The same app without the date is shown at once.
    await admin.put(`/api/v1/municipalities/GM0344/apps/${listing.slug}/conditions`, {
      required: { dpia: false, processingAgreement: false, localContact: false },
      localNote: { nl: 'Nu te gebruiken in Utrecht.' },
    });
    await page.reload();
    await page
      .getByRole('link', { name: new RegExp(appName) })
      .first()
      .waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('a professional refers a resident; the resident opens the link and sees the app with the note', async () => {
    const offers = await (await fetch(`${server.url}/api/v1/municipalities/GM0344/apps`)).json();
    const slug: string = offers.offers[0];
    await page.goto(`${server.url}/`);
    await signInAs(page, 'Noor Bakker');
    await page.goto(`${server.url}/verwijzen`);
    await page.getByRole('heading', { level: 1, name: 'Een app aanraden' }).waitFor();
    await page.getByRole('textbox', { name: 'Korte naam van de app' }).fill(slug);
    await page
      .getByRole('textbox', { name: 'Persoonlijk bericht (niet verplicht)' })
      .fill('Fijn gesprek vandaag! Kijk eens naar deze app.');
    await page.getByRole('button', { name: 'Link maken', exact: true }).click();
    await page.getByText(/De link is klaar/).waitFor();
    const link = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
    expect(link).toMatch(/\/verwijzing#[A-Za-z0-9_-]+$/);
    await page.getByRole('img', { name: 'QR-code om te scannen' }).waitFor();
    await page.getByRole('cell', { name: 'Nog niet', exact: true }).first().waitFor();
    await expectNoAxeViolations(page, 'referral page');

    // The resident opens it on their own phone: no session, just the link.
    const residentContext = await browser.newContext();
    const resident = await residentContext.newPage();
    resident.setDefaultTimeout(10_000);
    const residentErrors = watchForPageErrors(resident);
    const requested: string[] = [];
    resident.on('request', (request) => requested.push(request.url()));
    await resident.goto(link);
    await resident.waitForURL((url) => url.pathname === `/apps/${slug}`);
    await resident.getByText('Fijn gesprek vandaag! Kijk eens naar deze app.').waitFor();
    await expectNoAxeViolations(resident, 'app page opened from a referral');
    // The code never went to the server in a URL.
    const code = link.slice(link.indexOf('#') + 1);
    expect(requested.some((url) => url.includes(code))).toBe(false);
    expect(residentErrors).toEqual([]);
    await residentContext.close();

    await page.reload();
    await page.getByRole('cell', { name: 'Ja', exact: true }).first().waitFor();
    expect(pageErrors).toEqual([]);
  });
});
