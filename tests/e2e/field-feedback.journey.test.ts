import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { expectStatus, liveApp, submittedListing } from '../factories/review.ts';
import { signedIn } from '../setup/api-client.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';
import { PERSONAS, signInAs, signOut } from './support/review-steps.ts';

/**
 * Issue 11: a reviewer's comment on one field reaches the vendor beside that field, and the
 * reviewers' pages show dates as people read them. `JOURNEY_SCREENSHOTS=<dir>` saves each page at
 * 1280 and 390 px to look at.
 */
const shots = process.env.JOURNEY_SCREENSHOTS;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
/** An ISO date or instant in what people read: the one date helper never leaves one. */
const RAW_ISO = /\b\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/;

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  browser = await launchChromium();
  if (shots) mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in a context of its own, so one test's session never leaks into the next. */
async function freshPage(): Promise<Page> {
  await page?.context().close();
  const next = await browser.newPage();
  next.setDefaultTimeout(10_000);
  pageErrors = watchForPageErrors(next);
  return next;
}

/** axe, contrast, no horizontal scroll and no raw ISO date, at both widths; a screenshot if asked. */
async function checkPage(label: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `${label} at ${size.width}px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${label} scrolls sideways at ${size.width}px`).toBeLessThanOrEqual(0);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text.match(RAW_ISO)?.[0], `a raw ISO date on ${label}`).toBeUndefined();
    if (shots) await page.screenshot({ path: join(shots, `${label}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
}

describe('field feedback journey (issue 11)', () => {
  it('a reviewer asks for a change on one field; the vendor sees it beside that field', async () => {
    page = await freshPage();
    const vendorApi = await signedIn(server.url, 'vendor-samensterk');
    const draft = buildListingDraft({ name: `Feedback App ${Math.random().toString(36).slice(2, 7)}` });
    const { listing, versionId } = await submittedListing(vendorApi, draft);

    // 1. The reviewer claims the version and asks for changes, pointing at the Dutch tagline.
    await page.goto(`${server.url}/`);
    await signInAs(page, PERSONAS.reviewerA);
    await page.goto(`${server.url}/beoordelen/${versionId}`);
    await page.getByRole('button', { name: 'Oppakken', exact: true }).click();
    await page.getByText('Je hebt deze versie opgepakt.', { exact: true }).waitFor();
    const decision = page.getByRole('region', { name: 'Besluit', exact: true });
    await decision.getByRole('radio', { name: 'Aanpassingen vragen', exact: true }).check();
    await decision
      .getByRole('textbox', { name: 'Toelichting voor de aanbieder', exact: true })
      .fill('Een paar teksten moeten eenvoudiger.');
    await decision
      .getByRole('button', { name: 'Opmerking bij een onderdeel toevoegen', exact: true })
      .click();
    const comment = decision.getByRole('group', { name: 'Opmerking 1', exact: true });
    await comment
      .getByRole('combobox', { name: 'Onderdeel van het formulier', exact: true })
      .selectOption({ label: 'Korte zin over de app (Nederlands)' });
    await comment
      .getByRole('combobox', { name: 'Over welke eis? (niet verplicht)', exact: true })
      .selectOption({ label: 'Teksten op taalniveau B1' });
    await comment
      .getByRole('textbox', { name: 'Opmerking', exact: true })
      .fill('Schrijf "geldzaken" als "geld": dat begrijpt iedereen.');
    await checkPage('review-decision-form');
    await decision.getByRole('button', { name: 'Besluit versturen', exact: true }).click();
    // The version is no longer open, so the form goes; the decision is listed with its comment.
    await page
      .getByRole('region', { name: 'Andere beoordelaars', exact: true })
      .getByText(/Korte zin over de app \(Nederlands\), Eis: Teksten op taalniveau B1/)
      .waitFor();
    await checkPage('review-page-after-decision');

    // 2. The history shows the decision, with a readable date.
    await page.goto(`${server.url}/beoordelen/besluiten`);
    const table = page.getByRole('table', { name: /besluit/ });
    await table.getByRole('link', { name: `${draft.name}, versie 1`, exact: true }).waitFor();
    expect((await table.textContent()) ?? '').toContain('Aanpassingen gevraagd');
    await checkPage('decision-history');
    await signOut(page);

    // 3. The vendor opens the edit form: the request at the top, the comment beside the tagline.
    await signInAs(page, PERSONAS.vendor);
    await page.goto(`${server.url}/aanbieder/${listing.id}/bewerken`);
    const summary = page.getByRole('region', { name: 'De beoordelaars vragen je versie 1 aan te passen' });
    await summary.getByText('Een paar teksten moeten eenvoudiger.', { exact: true }).waitFor();
    const tagline = page.getByRole('textbox', { name: 'Korte zin over de app (Nederlands)', exact: true });
    const note = page.locator(`#${await tagline.getAttribute('id')}-opmerking`);
    expect((await note.textContent()) ?? '').toContain('Schrijf "geldzaken" als "geld"');
    expect((await note.textContent()) ?? '').toContain('Teksten op taalniveau B1');
    expect(await tagline.getAttribute('aria-describedby')).toContain(
      `${await tagline.getAttribute('id')}-opmerking`,
    );
    // The note sits between the label and the field, where the eye goes next.
    const [noteBox, fieldBox] = [await note.boundingBox(), await tagline.boundingBox()];
    expect(noteBox && fieldBox && noteBox.y < fieldBox.y && fieldBox.y - noteBox.y < 200).toBe(true);
    await summary.getByRole('link', { name: /Korte zin over de app \(Nederlands\)/ }).click();
    expect(await tagline.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkPage('vendor-edit-form-with-feedback');

    await page.goto(`${server.url}/aanbieder/${listing.id}`);
    await page.getByText('Schrijf "geldzaken" als "geld": dat begrijpt iedereen.').waitFor();
    await checkPage('vendor-listing-detail');
    await signOut(page);
    expect(pageErrors).toEqual([]);
  }, 240_000);

  it('a reviewer suspends from the app page and reinstates with a reason, after confirming', async () => {
    page = await freshPage();
    const [vendorApi, jan, lotte] = await Promise.all([
      signedIn(server.url, 'vendor-samensterk'),
      signedIn(server.url, 'reviewer-jan'),
      signedIn(server.url, 'reviewer-lotte'),
    ]);
    const { slug, listing } = await liveApp(vendorApi, [jan, lotte], server.services.criteria);
    await expectStatus(
      await jan.post(`/api/v1/apps/${slug}/suspension`, { reason: 'Klacht ontvangen.' }),
      204,
    );
    await expectStatus(
      await jan.post(`/api/v1/apps/${slug}/reinstatements`, { reason: 'Klacht onterecht.' }),
      204,
    );

    await page.goto(`${server.url}/`);
    await signInAs(page, PERSONAS.reviewerA);
    await page.goto(`${server.url}/apps/${slug}`);
    await page.getByRole('link', { name: 'Deze app opschorten (voor beoordelaars)', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/beoordelen/opgeschort');
    // The live apps load after the page: the app from the link is chosen once its option is there.
    await expect
      .poll(() => page.getByRole('combobox', { name: 'App', exact: true }).inputValue(), { timeout: 10_000 })
      .toBe(slug);
    await page.getByRole('textbox', { name: 'Reden', exact: true }).fill('Inloggen lekt gegevens.');
    await page.getByRole('button', { name: 'App opschorten', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, opschorten', exact: true }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: listing.name }) });
    await row.waitFor();
    await checkPage('suspensions');

    await row.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await page
      .getByRole('textbox', { name: 'Waarom zet je de app terug?', exact: true })
      .fill('Lek gedicht.');
    await page.getByRole('button', { name: 'App terugzetten', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, terugzetten', exact: true }).waitFor();
    await checkPage('reinstate-confirmation');
    await page.getByRole('button', { name: 'Ja, terugzetten', exact: true }).click();
    await page.getByText(`${listing.name} is teruggezet.`, { exact: true }).waitFor();

    await page.goto(`${server.url}/beoordelen/besluiten?kind=reinstate`);
    const history = page.getByRole('table', { name: /besluit/ });
    await history.getByText('Lek gedicht.', { exact: true }).waitFor();
    await page.goto(`${server.url}/besluiten`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkPage('public-register');
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
