import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImage } from '../factories/images.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { approveAs, createListing, liveApp } from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';
import { CRITERIA, PERSONAS, signInAs, signOut } from './support/review-steps.ts';

/**
 * Issue 11 item 15: a vendor uploads an icon and a screenshot in the listing form, the reviewer
 * sees them as images, and after two approvals the public app page shows the platform's
 * re-encoded icon. `WALK_SCREENSHOTS=<dir>` keeps screenshots of the form's images part at 1280
 * and 390 px wide, to look at by eye.
 */
let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let vendor: ApiClient;
const shots = process.env.WALK_SCREENSHOTS;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  vendor = await signedIn(server.url, 'vendor-samensterk');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(10_000);
  pageErrors = watchForPageErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Writes a file the browser's file chooser can pick: generated here, never committed. */
function fixtureFile(name: string, bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ic-upload-')), name);
  writeFileSync(file, bytes);
  return file;
}

async function snapshot(name: string) {
  if (!shots) return;
  const section = page.getByRole('group', { name: 'Pictogram en schermafbeeldingen', exact: true });
  await section.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** Whether an <img> has loaded real pixels (a broken image has naturalWidth 0). */
const loadedWidth = (image: ReturnType<Page['locator']>) =>
  image.evaluate((el) => ((el as HTMLImageElement).complete ? (el as HTMLImageElement).naturalWidth : 0));

describe('media upload journey (issue 11 item 15)', () => {
  it('a vendor uploads an icon and a screenshot; after review the app page shows the icon', async () => {
    const listing = await createListing(vendor);
    const icon = fixtureFile('pictogram.jpg', await buildImage(300, 300, 'jpeg', { exifComment: 'camera' }));
    const screen = fixtureFile('scherm.png', await buildImage(390, 844, 'png'));
    const notAnImage = fixtureFile('pictogram.png', Buffer.from('<html>not an image</html>'));

    await page.goto(`${server.url}/`);
    await signInAs(page, PERSONAS.vendor);
    await page.goto(`${server.url}/aanbieder/${listing.id}/bewerken`);
    const iconInput = page.getByLabel('Pictogram', { exact: true });
    await iconInput.waitFor();

    // A file that only calls itself a PNG is refused by the server, in Dutch, at the field.
    await iconInput.setInputFiles(notAnImage);
    await page.getByText('Pictogram: kies een PNG-, JPEG- of WebP-bestand.', { exact: true }).waitFor();
    expect(await iconInput.getAttribute('aria-invalid')).toBe('true');

    await iconInput.setInputFiles(icon);
    const preview = page.getByRole('img', { name: 'Het pictogram zoals inwoners het zien', exact: true });
    await preview.waitFor();
    await expect.poll(() => loadedWidth(preview)).toBe(256);
    expect(await iconInput.getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('button', { name: 'Schermafbeelding toevoegen', exact: true }).click();
    const row = page.getByRole('group', { name: 'Schermafbeelding 1', exact: true });
    await row.getByLabel('Afbeelding voor schermafbeelding 1', { exact: true }).setInputFiles(screen);
    await row
      .getByRole('textbox', { name: 'Wat is er te zien? (Nederlands)', exact: true })
      .fill('Het startscherm');
    await row
      .getByRole('textbox', { name: 'Wat is er te zien? (Engels)', exact: true })
      .fill('The home screen');
    await expect.poll(() => loadedWidth(row.getByRole('img', { name: 'Het startscherm' }))).toBe(390);
    await expectNoAxeViolations(page, 'listing form with uploaded images');
    await snapshot('upload-form-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await snapshot('upload-form-390');
    await expectNoAxeViolations(page, 'listing form with uploaded images at 390 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: 'Wijzigingen opslaan', exact: true }).click();
    await page.getByText('Het concept is opgeslagen.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Indienen voor beoordeling', exact: true }).click();
    await page
      .getByText(/is ingediend/)
      .first()
      .waitFor();

    const reviews = await vendor.get(`/api/v1/vendor/listings/${listing.id}`);
    const versionId = ((await reviews.json()) as { versions: { id: string }[] }).versions[0]?.id ?? '';
    // The reviewer sees the submitted icon itself, not a path.
    await signOut(page);
    await signInAs(page, PERSONAS.reviewerA);
    await page.goto(`${server.url}/beoordelen/${versionId}`);
    const submitted = page.getByRole('img', { name: 'Het ingediende pictogram', exact: true });
    await submitted.waitFor();
    await expect.poll(() => loadedWidth(submitted)).toBe(256);
    await page.getByRole('img', { name: 'Het startscherm', exact: true }).first().waitFor();
    await expectNoAxeViolations(page, 'review page with uploaded images');

    const [jan, lotte] = await Promise.all([
      signedIn(server.url, 'reviewer-jan'),
      signedIn(server.url, 'reviewer-lotte'),
    ]);
    await approveAs(jan, versionId, CRITERIA);
    await approveAs(lotte, versionId, CRITERIA);

    await page.goto(`${server.url}/apps/${listing.slug}`);
    await page.getByRole('heading', { level: 1, name: listing.name, exact: true }).waitFor();
    const appIcon = page.locator('img.ic-app-icon');
    expect(await appIcon.getAttribute('src')).toMatch(
      new RegExp(`^/media/${listing.slug}/u-[0-9a-f]{32}\\.png$`),
    );
    await expect.poll(() => loadedWidth(appIcon)).toBe(256);
    const served = await fetch(`${server.url}${await appIcon.getAttribute('src')}`);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.includes('camera')).toBe(false);
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    await page.getByRole('img', { name: 'Het startscherm', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'app page with an uploaded icon');
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('an app without an icon shows its initials on a tile, in the results and on its page', async () => {
    const reviewers = await Promise.all([
      signedIn(server.url, 'reviewer-jan'),
      signedIn(server.url, 'reviewer-lotte'),
    ]);
    const name = `Zonder Plaatje ${Math.random().toString(36).slice(2, 6)}`;
    const { slug } = await liveApp(
      vendor,
      [reviewers[0], reviewers[1]],
      CRITERIA,
      buildListingDraft({ name }),
    );

    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${server.url}/apps?q=${encodeURIComponent(name)}`);
      const card = page.locator('li.ic-app-card', { hasText: name });
      await card.waitFor();
      expect(await card.locator('.ic-app-icon--initials').textContent()).toBe('ZP');
      if (shots) await card.screenshot({ path: path.join(shots, `placeholder-card-${width}.png`) });
      await page.goto(`${server.url}/apps/${slug}`);
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
      const tile = page.locator('.ic-app-icon--initials');
      expect(await tile.textContent()).toBe('ZP');
      // A coloured tile with white initials, not a grey square.
      expect(await tile.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 255)');
      const box = await tile.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(48);
      if (shots) await page.screenshot({ path: path.join(shots, `placeholder-page-${width}.png`) });
    }
    await expectNoAxeViolations(page, 'app page without an icon');
  }, 60_000);
});
