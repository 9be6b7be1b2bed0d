import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Criterion } from '../../../shared/schemas/criteria.ts';

/** The criteria every reviewer must assess, from the same catalogue the server loads. */
export const CRITERIA = JSON.parse(
  readFileSync(new URL('../../../catalog/criteria.json', import.meta.url), 'utf8'),
) as Criterion[];

/** The names the sign-in page shows for the demo personas (catalog/personas.json). */
export const PERSONAS = {
  vendor: 'Eva Smit',
  reviewerA: 'Jan Mulder',
  reviewerB: 'Lotte de Boer',
  admin: 'Yusuf Demir',
  resident: 'Fatima El Amrani',
} as const;

/** The account area of the site header: a `<section aria-label="Account">`. */
function accountRegion(page: Page) {
  return page.getByRole('region', { name: 'Account' });
}

/**
 * Signs in through the header's "Inloggen" link and the persona's button, and waits until the
 * page the app sends that persona to has replaced the sign-in page.
 */
export async function signInAs(page: Page, displayName: string): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/inloggen');
  await page.getByRole('button', { name: `Inloggen als ${displayName}`, exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/inloggen');
  await accountRegion(page).getByText(`Ingelogd als ${displayName}`, { exact: true }).waitFor();
}

/** Signs out with the header's "Uitloggen" button; the header then offers "Inloggen" again. */
export async function signOut(page: Page): Promise<void> {
  await accountRegion(page).getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Inloggen', exact: true }).waitFor();
  expect(await accountRegion(page).count()).toBe(0);
}

/** A text field by its label; `exact` so "Beschrijving (Nederlands)" is not also a hint. */
function textbox(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}

/** Fills every required field of the listing form at `/aanbieder/nieuw` (and a few optional ones). */
export async function fillListingForm(page: Page, name: string): Promise<void> {
  const site = `https://${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example`;
  await textbox(page, 'Naam van de app').fill(name);
  await textbox(page, 'Korte zin over de app (Nederlands)').fill('Hulp bij je geldzaken');
  await textbox(page, 'Korte zin over de app (Engels)').fill('Help with your money matters');
  await textbox(page, 'Beschrijving (Nederlands)').fill(
    'Met deze app zie je welke rekeningen je nog moet betalen. Je krijgt op tijd een seintje.',
  );
  await textbox(page, 'Beschrijving (Engels)').fill(
    'With this app you see which bills you still have to pay. You get a reminder in time.',
  );
  await page
    .getByRole('group', { name: 'Onderwerpen', exact: true })
    .getByRole('checkbox', { name: 'Geld en schulden', exact: true })
    .check();
  await textbox(page, 'Website van de app').fill(site);

  const claims = page.getByRole('group', { name: 'Gegevens die de app vraagt', exact: true });
  await claims.getByRole('checkbox', { name: 'Voornaam', exact: true }).check();
  await textbox(page, 'Voornaam: waarom nodig? (Nederlands)').fill('Om je persoonlijk te begroeten.');
  await textbox(page, 'Voornaam: waarom nodig? (Engels)').fill('To greet you personally.');

  await textbox(page, 'Adres van de privacyverklaring').fill(`${site}/privacy`);
  await textbox(page, 'Adres van de toegankelijkheidsverklaring').fill(`${site}/toegankelijkheid`);
  await page.getByRole('combobox', { name: 'Status van de toegankelijkheid', exact: true }).selectOption('A');
  await textbox(page, 'Talen van de app').fill('nl, en');
  await textbox(page, 'E-mailadres voor hulp').fill('help@journey.example');
  await page
    .getByRole('combobox', { name: 'Wat kost de app voor inwoners?', exact: true })
    .selectOption('free');
  await textbox(page, 'Adres waar het inloggen begint (initiate_login_uri)').fill(`${site}/launch`);
  await textbox(page, 'Adressen om terug te keren (redirect_uri)').fill(`${site}/callback`);
}

/**
 * On `/beoordelen/:versionId`: claims the version, gives every criterion "Voldoet", saves the
 * assessment and sends "Goedkeuren". Each criterion is found by its fieldset's legend.
 */
export async function claimAssessAndApprove(page: Page): Promise<void> {
  const assessment = page.getByRole('region', { name: 'Jouw beoordeling', exact: true });
  await page.getByRole('button', { name: 'Oppakken', exact: true }).click();
  // Once claimed, the page must treat the signed-in reviewer as one of the version's reviewers:
  // the claim button goes and the assessment form opens.
  await expect
    .poll(() => page.getByText('Je hebt deze versie opgepakt.', { exact: true }).count(), {
      message: 'after "Oppakken" the review page shows the version as claimed by the signed-in reviewer',
      timeout: 10_000,
    })
    .toBe(1);
  expect(
    await assessment.getByText('Pak de versie eerst op. Daarna kun je hem beoordelen.').count(),
    'the assessment form is open after claiming',
  ).toBe(0);

  for (const criterion of CRITERIA) {
    const legend = criterion.required ? `${criterion.title.nl} (verplicht)` : criterion.title.nl;
    await assessment
      .getByRole('group', { name: legend, exact: true })
      .getByRole('radio', { name: 'Voldoet', exact: true })
      .check();
  }
  await assessment.getByRole('button', { name: 'Beoordeling opslaan', exact: true }).click();
  await assessment.getByRole('status').getByText('Je beoordeling is opgeslagen.', { exact: true }).waitFor();

  const decision = page.getByRole('region', { name: 'Besluit', exact: true });
  await decision
    .getByRole('group', { name: 'Wat is je besluit?', exact: true })
    .getByRole('radio', { name: 'Goedkeuren', exact: true })
    .check();
  await decision
    .getByRole('textbox', { name: 'Toelichting voor de aanbieder', exact: true })
    .fill('Alle criteria zijn gecontroleerd.');
  await decision.getByRole('button', { name: 'Besluit versturen', exact: true }).click();
}

/** The value next to a label in a `<dl>` of the review page's "Stand van zaken". */
export function factValue(page: Page, label: string) {
  return page
    .getByRole('region', { name: 'Stand van zaken', exact: true })
    .locator('dt', { hasText: label })
    .locator('xpath=following-sibling::dd[1]');
}
