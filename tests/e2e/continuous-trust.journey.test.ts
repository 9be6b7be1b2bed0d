import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEvidence, buildPdf, dayFromToday } from '../factories/evidence.ts';
import { buildIncident } from '../factories/incident.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { approveAs, createListing, expectStatus, submitListing } from '../factories/review.ts';
import { signedIn } from '../setup/api-client.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { expectNoAxeViolations, launchChromium, watchForPageErrors } from './support/chromium.ts';
import { CRITERIA, PERSONAS, signInAs, signOut } from './support/review-steps.ts';

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

/**
 * Arranged over the API: a live app offered in Utrecht and Amsterdam whose pentest ran out
 * yesterday, Fatima uses it, and the vendor submitted version 2 that asks for one more claim.
 */
async function arrange() {
  const as = (persona: string) => signedIn(server.url, persona);
  const [vendor, jan, lotte, utrecht, amsterdam, fatima] = await Promise.all([
    as('vendor-samensterk'),
    as('reviewer-jan'),
    as('reviewer-lotte'),
    as('admin-utrecht'),
    as('admin-amsterdam'),
    as('resident-fatima'),
  ]);
  const name = `Vertrouwen ${Math.random().toString(36).slice(2, 7)}`;
  const draft = buildListingDraft({ name });
  const listing = await createListing(vendor, draft);
  await addEvidence(vendor, listing.id, {
    kind: 'pentest',
    issuedOn: dayFromToday(-366),
    validUntil: dayFromToday(-1),
  });
  const first = await submitListing(vendor, listing.id);
  await approveAs(jan, first.versionId, CRITERIA);
  await approveAs(lotte, first.versionId, CRITERIA);
  await expectStatus(await utrecht.put(`/api/v1/municipalities/GM0344/apps/${listing.slug}`), 204);
  await expectStatus(await amsterdam.put(`/api/v1/municipalities/GM0363/apps/${listing.slug}`), 204);
  await expectStatus(
    await fatima.put(`/api/v1/me/consents/${listing.slug}`, { claims: ['given_name'] }),
    200,
  );

  const claims = [
    ...(draft.claims ?? []),
    {
      claim: 'birthdate' as const,
      reason: { nl: 'Om je leeftijd te weten.', en: 'To know your age.' },
      required: false,
    },
  ];
  await expectStatus(
    await vendor.put(`/api/v1/vendor/listings/${listing.id}/draft`, { draft: { ...draft, claims } }),
    200,
  );
  const second = await submitListing(vendor, listing.id);
  return { name, slug: listing.slug, versionId: second.versionId };
}

describe('continuous trust journey (issue 12)', () => {
  it('shows expired evidence publicly and to reviewers, re-reviews only the privacy criteria, and tells a resident of an incident', async () => {
    const { name, slug, versionId } = await arrange();

    // 1. Anyone: the app page marks the pentest "verlopen" beside its criterion.
    await page.goto(`${server.url}/apps/${slug}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const pentestRow = page.getByRole('row').filter({ hasText: 'Recente penetratietest' });
    await pentestRow.getByText('verlopen', { exact: true }).waitFor();
    expect(await pentestRow.textContent()).toMatch(/Pentest: .+ 20\d\d, geldig tot .+ 20\d\d/);
    await expectNoAxeViolations(page, 'app page with expired evidence');

    // 2. A reviewer: the queue of apps whose verdict is out of date.
    await signInAs(page, PERSONAS.reviewerA);
    await page.goto(`${server.url}/beoordelen/verlopen-bewijs`);
    await page.getByRole('heading', { level: 1, name: 'Verlopen bewijs' }).waitFor();
    await page
      .getByRole('table', { name: 'Apps met verlopen bewijs' })
      .getByRole('rowheader', { name })
      .waitFor();
    await expectNoAxeViolations(page, 'expired evidence queue');

    // 3. The reviewer opens version 2: old and new claims side by side, only privacy criteria to assess.
    await page.goto(`${server.url}/beoordelen/${versionId}`);
    await page.getByRole('heading', { level: 2, name: 'Wat is er veranderd?' }).waitFor();
    const changes = page.getByRole('table', { name: 'Veranderingen per veld: oude en nieuwe waarde' });
    const claimRow = changes.getByRole('row').filter({ hasText: 'Gegevens (claims)' });
    expect(await claimRow.getByRole('cell').nth(2).textContent()).toBe('given_name, email');
    expect(await claimRow.getByRole('cell').nth(3).textContent()).toBe('given_name, email, birthdate');
    expect(await changes.getByRole('row').count()).toBe(2);
    await page.getByRole('heading', { level: 3, name: 'Opnieuw beoordelen (4)' }).waitFor();
    const toAssess = await page.getByTestId('criteria-to-assess').getByRole('listitem').allTextContents();
    expect(toAssess.map((t) => t.split(' (')[0])).toEqual([
      'Voldoet aan de AVG',
      'DPIA uitgevoerd',
      'Recente penetratietest',
      'Alleen gegevens die nodig zijn',
    ]);
    expect(toAssess[2]).toContain('bewijs is verlopen');
    await page
      .getByText('Deze versie heeft twee goedkeuringen nodig, van twee verschillende beoordelaars.')
      .waitFor();
    const evidence = page.getByRole('table', { name: 'Bewijs, per criterium, met geldigheid' });
    await evidence.getByText('verlopen', { exact: true }).waitFor();
    const download = evidence.getByRole('link', { name: 'Pentest downloaden (pdf)' });
    expect(await download.getAttribute('href')).toMatch(/^\/api\/v1\/evidence-documents\/doc-/);
    await page.setViewportSize({ width: 1280, height: 2200 });
    await page.screenshot({ path: '/tmp/evidence-journey-review.png' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await expectNoAxeViolations(page, 'review page with diff and evidence');

    // 4. The reviewer reports an incident through the form; Fatima, who uses the app, sees it in "Mijn apps".
    const incident = buildIncident();
    await page.goto(`${server.url}/incidenten`);
    await page.getByRole('heading', { level: 1, name: 'Incidenten' }).waitFor();
    await page.getByRole('textbox', { name: 'Webadres van de app' }).fill(slug);
    await page.getByRole('combobox', { name: 'Ernst' }).selectOption('medium');
    await page.getByLabel('Sinds (datum)').fill(incident.since);
    const fills: Array<[string, string]> = [
      ['Wat is er gebeurd? (Nederlands)', incident.what.nl],
      ['Wat is er gebeurd? (Engels)', incident.what.en],
      ['Wat betekent dit voor de gegevens van inwoners? (Nederlands)', incident.dataImpact.nl],
      ['Wat betekent dit voor de gegevens van inwoners? (Engels)', incident.dataImpact.en],
      ['Wat moeten inwoners doen? (Nederlands)', incident.advice.nl],
      ['Wat moeten inwoners doen? (Engels)', incident.advice.en],
    ];
    for (const [label, value] of fills)
      await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    await expectNoAxeViolations(page, 'incident report form');
    await page.getByRole('button', { name: 'Incident melden', exact: true }).click();
    await page
      .getByText('Het incident is gemeld. Iedereen die het moet weten, krijgt een melding.')
      .waitFor();
    await page
      .getByRole('table', { name: 'Incidenten die je mag zien' })
      .getByRole('link', { name })
      .waitFor();
    await signOut(page);

    await signInAs(page, PERSONAS.resident);
    await page.goto(`${server.url}/mijn-apps`);
    const notice = page.getByRole('region', { name: 'Meldingen over je apps' });
    await notice.getByRole('heading', { level: 2, name: `Melding over ${name}` }).waitFor();
    await notice
      .getByText('Je hoeft niets te doen. Wil je zeker zijn? Verander dan je wachtwoord.')
      .waitFor();
    await notice.getByText('Alleen je voornaam was te zien. Andere gegevens niet.').waitFor();
    await page.screenshot({ path: '/tmp/evidence-journey-resident.png', fullPage: true });
    await expectNoAxeViolations(page, 'Mijn apps with an incident notice');
    await signOut(page);

    // 5. Amsterdam's admin, who offers the app too, finds the incident in their notifications.
    await signInAs(page, 'Femke Jansen');
    await page.goto(`${server.url}/meldingen`);
    await page.getByRole('heading', { level: 2, name: `Incident bij ${name} (ernst: middel)` }).waitFor();
    await expectNoAxeViolations(page, 'notifications page');
    await signOut(page);

    expect(pageErrors).toEqual([]);
  });

  it('lets a vendor add a pentest as a PDF to the next version', async () => {
    const vendor = await signedIn(server.url, 'vendor-samensterk');
    const listing = await createListing(vendor, buildListingDraft());
    await page.goto(`${server.url}/`);
    await signInAs(page, PERSONAS.vendor);
    await page.goto(`${server.url}/aanbieder/${listing.id}`);
    await page.getByRole('heading', { level: 2, name: 'Bewijs' }).waitFor();
    await page.getByRole('button', { name: 'Bewijs toevoegen', exact: true }).click();
    await page.getByRole('combobox', { name: 'Soort bewijs' }).selectOption('pentest');
    await page.getByRole('textbox', { name: 'Uitgegeven door', exact: true }).fill('Veilig Testen B.V.');
    await page.getByLabel('Datum', { exact: true }).fill(dayFromToday(-10));
    await page.getByLabel('Geldig tot', { exact: true }).fill(dayFromToday(355));
    await page
      .getByLabel('Document (pdf)')
      .setInputFiles({ name: 'pentest.pdf', mimeType: 'application/pdf', buffer: buildPdf() });
    await expectNoAxeViolations(page, 'vendor evidence form');
    await page.getByRole('button', { name: 'Bewijs toevoegen', exact: true }).click();
    await page.getByText('Het bewijs is toegevoegd.').waitFor();
    const row = page.getByRole('table', { name: 'Bewijs bij de volgende versie' }).getByRole('row').nth(1);
    expect(await row.textContent()).toContain('Veilig Testen B.V.');
    expect(await row.textContent()).toContain('geldig');
    await signOut(page);
    expect(pageErrors).toEqual([]);
  });
});
