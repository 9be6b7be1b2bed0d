import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectReadableControls } from './contrast.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe-core in the page (WCAG 2.0/2.1/2.2 A and AA rules) and fails on any violation. It is
 * evaluated through the DevTools protocol, so the page keeps its strict CSP. Every call also checks
 * the contrast of the page's interactive elements (support/contrast.ts).
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    // @ts-expect-error axe is defined by the evaluated axe-core source
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  )) as AxeResult;
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
  // axe leaves colour contrast it cannot settle as "needs review"; this check does not.
  await expectReadableControls(page, label);
}

/** Collects CSP violations and page errors, which a journey must not produce. */
export function watchForPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) {
      errors.push(`csp: ${message.text()}`);
    }
  });
  return errors;
}
