/**
 * Screenshots of every persona's pages at 1280x800 and 390x844, for looking at by eye
 * (issue 11). Runs the real server on a temp store and Debian's Chromium; writes PNGs to the
 * given folder (default /tmp/inwonercloud-screenshots) and prints each header's height.
 *   node --import tsx scripts/screenshots.ts [folder] [--full] [--only=vendor-geldfit]
 * Needs `npm run build` first (the storefront is served from dist/client).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { submitListing } from '../tests/factories/review.ts';
import { signedIn } from '../tests/setup/api-client.ts';
import { startTestServer } from '../tests/setup/test-server.ts';

const WALKS: { persona: string | null; pages: string[] }[] = [
  { persona: null, pages: ['/', '/apps', '/apps/budgetcoach', '/inloggen'] },
  { persona: 'resident-fatima', pages: ['/', '/mijn-apps', '/apps/budgetcoach', '/apps/buurtbus-planner'] },
  {
    persona: 'vendor-geldfit',
    pages: [
      '/aanbieder',
      '/aanbieder/lst-budgetcoach',
      '/aanbieder/nieuw',
      '/aanbieder/lst-budgetcoach/bewerken',
    ],
  },
  { persona: 'reviewer-jan', pages: ['/beoordelen', '/beoordelen/opgeschort', '/beoordelen/{versionId}'] },
  { persona: 'admin-utrecht', pages: ['/gemeente', '/gemeente/logboek'] },
];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

async function main() {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--')) ?? '/tmp/inwonercloud-screenshots';
  const full = args.includes('--full');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  mkdirSync(folder, { recursive: true });
  const server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  // A version waiting in the queue, so the queue and a review page have something to show.
  const ruben = await signedIn(server.url, 'vendor-geldfit');
  const { versionId } = await submitListing(ruben, 'lst-budgetcoach');
  try {
    for (const viewport of VIEWPORTS) {
      for (const walk of WALKS) {
        if (only && (walk.persona ?? 'visitor') !== only) continue;
        const context = await browser.newContext({ viewport });
        if (walk.persona) {
          await context.request.post(`${server.url}/api/v1/session/demo`, {
            data: { persona: walk.persona },
            headers: { origin: server.url },
          });
        }
        const page = await context.newPage();
        for (const path of walk.pages.map((p) => p.replace('{versionId}', versionId))) {
          await page.goto(`${server.url}${path}`);
          await page.locator('main h1').first().waitFor();
          await page.waitForTimeout(400);
          const header = await page.getByRole('banner').boundingBox();
          const file = `${viewport.name}-${walk.persona ?? 'visitor'}${path.replaceAll('/', '_')}.png`;
          await page.screenshot({ path: join(folder, file), fullPage: full });
          console.log(`${file}  header ${Math.round(header?.height ?? 0)} px`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
