import type { Page } from 'playwright-core';

/**
 * Presses "Open app" on an app page: a button when the resident has consented, a link to the
 * consent page when not.
 */
export async function pressOpenApp(page: Page): Promise<void> {
  await page
    .getByRole('link', { name: /open app/i })
    .or(page.getByRole('button', { name: /open app/i }))
    .first()
    .click();
}
