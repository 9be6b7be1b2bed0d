import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildSession, sessionHandler } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { buildCatalog, buildProblem } from '../../test/fixtures.ts';
import { renderLaunch } from '../../test/render-launch.tsx';
import { server } from '../../test/server.ts';
import { buildConsent, consentsHandler } from '../test-support/fixtures.ts';

const STEP_UP_HREF = '/auth/residents/sign-in?returnTo=%2Fapps%2Fbudgetcoach&acr=high';
const substantialResident = () =>
  buildSession([{ role: 'resident', municipality: 'GM0344' }], { assurance: 'substantial' });

/** BudgetCoach as the API serves it, requiring DigiD level Hoog. */
function appRequiringHigh() {
  const app = buildCatalog().apps.find((candidate) => candidate.slug === 'budgetcoach');
  return http.get('*/api/v1/apps/budgetcoach', () => HttpResponse.json({ ...app, minimumAssurance: 'high' }));
}

async function openPanel() {
  const heading = await screen.findByRole('heading', { level: 2, name: 'App openen' });
  return heading.closest('section') as HTMLElement;
}

describe('step-up to a higher DigiD level (issue 14)', () => {
  it('offers to sign in again at the level the app needs, instead of the open button', async () => {
    server.use(sessionHandler(substantialResident()), appRequiringHigh(), consentsHandler([buildConsent()]));
    renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    const link = await within(panel).findByRole('link', {
      name: 'Opnieuw inloggen met DigiD op niveau Hoog',
    });
    expect(link.getAttribute('href')).toBe(STEP_UP_HREF);
    expect(within(panel).getByText(/Je bent nu ingelogd op niveau Substantieel\./)).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Open app' })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('shows the open button when the sign-in is at the level the app needs', async () => {
    server.use(
      sessionHandler(buildSession([{ role: 'resident', municipality: 'GM0344' }], { assurance: 'high' })),
      appRequiringHigh(),
      consentsHandler([buildConsent()]),
    );
    renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    expect(await within(panel).findByRole('button', { name: 'Open app' })).toBeTruthy();
    expect(within(panel).queryByRole('link', { name: /niveau Hoog/ })).toBeNull();
  });

  it('turns a step-up refusal of the launch into the same button, not "you are signed out"', async () => {
    server.use(
      sessionHandler(substantialResident()),
      consentsHandler([buildConsent()]),
      http.post('*/api/v1/apps/:slug/launches', () =>
        HttpResponse.json(buildProblem({ status: 401, title: 'Launch refused', code: 'step-up-high' }), {
          status: 401,
          headers: { 'content-type': 'application/problem+json' },
        }),
      ),
    );
    const { user } = renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Open app' }));

    const alert = await within(panel).findByRole('alert');
    const link = within(alert).getByRole('link', { name: 'Opnieuw inloggen met DigiD op niveau Hoog' });
    expect(link.getAttribute('href')).toBe(STEP_UP_HREF);
    expect(within(alert).queryByText(/15 minuten/)).toBeNull();
  });
});
