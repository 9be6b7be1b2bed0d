import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { SIGNED_OUT, sessionHandler } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { problemResponse } from '../../test/handlers.ts';
import { renderLaunch } from '../../test/render-launch.tsx';
import { server } from '../../test/server.ts';
import { buildConsent, consentsHandler, residentSession } from '../test-support/fixtures.ts';

const budgetCoach = buildConsent({
  claims: ['given_name', 'email'],
  grantedAt: '2026-02-03T09:15:00.000Z',
  lastLaunch: { at: '2026-02-04T13:05:00.000Z', claims: ['given_name'] },
});
const planner = buildConsent({
  slug: 'mantelzorg-planner',
  name: 'Mantelzorg Planner',
  icon: undefined,
  claims: ['given_name'],
  grantedAt: '2026-01-10T10:00:00.000Z',
  current: false,
  lastLaunch: null,
});

/** The facts of one app's card as [label, value] pairs; ICU versions differ in which space they put in times. */
function facts(item: HTMLElement): string[][] {
  const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');
  return Array.from(item.querySelectorAll('.utrecht-data-list__item')).map((row) => [
    text(row.querySelector('dt')),
    text(row.querySelector('dd')),
  ]);
}

async function appItems() {
  await screen.findByRole('heading', { level: 2, name: 'BudgetCoach' });
  return screen.getAllByRole('listitem').filter((item) => item.classList.contains('ic-claim'));
}

describe('my apps page', () => {
  it('lists each app: what it may receive, since when and what it got at the last launch', async () => {
    server.use(sessionHandler(residentSession()), consentsHandler([budgetCoach, planner]));
    renderLaunch('/mijn-apps');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn apps' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Mijn apps | Inwonercloud'));
    const [first, second] = (await appItems()) as [HTMLElement, HTMLElement];

    expect(within(first).getByRole('link', { name: 'BudgetCoach' }).getAttribute('href')).toBe(
      '/apps/budgetcoach',
    );
    expect(facts(first)).toEqual([
      ['Mag krijgen', 'Voornaam en E-mailadres'],
      ['Toestemming sinds', '3 februari 2026'],
      ['Laatst geopend', '4 februari 2026 om 14:05'],
      ['Kreeg toen', 'Voornaam'],
    ]);
    expect(within(first).queryByText(/De app vraagt nu andere gegevens/)).toBeNull();

    expect(within(second).getByRole('link', { name: 'Mantelzorg Planner' })).toBeTruthy();
    expect(facts(second)).toEqual([
      ['Mag krijgen', 'Voornaam'],
      ['Toestemming sinds', '10 januari 2026'],
      ['Laatst geopend', 'Nog niet geopend'],
    ]);
    expect(
      within(second).getByText('De app vraagt nu andere gegevens. Geef opnieuw toestemming.'),
    ).toBeTruthy();
    expect(within(second).getByRole('link', { name: 'Geef opnieuw toestemming' }).getAttribute('href')).toBe(
      '/apps/mantelzorg-planner/toestemming',
    );
  });

  it('revokes a consent in one step and confirms it politely', async () => {
    const deleted: string[] = [];
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([budgetCoach, planner]),
      http.delete('*/api/v1/me/consents/:slug', ({ params }) => {
        deleted.push(String(params.slug));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderLaunch('/mijn-apps');

    await appItems();
    await user.click(screen.getByRole('button', { name: 'Toestemming intrekken voor BudgetCoach' }));

    const status = await screen.findByText('Toestemming ingetrokken voor BudgetCoach');
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(deleted).toEqual(['budgetcoach']);
    expect(screen.queryByRole('heading', { level: 2, name: 'BudgetCoach' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Mantelzorg Planner' })).toBeTruthy();
    // The button is gone; focus goes to the page heading instead of getting lost.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Mijn apps' }));
  });

  it('says so when revoking did not work, and keeps the app', async () => {
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([budgetCoach]),
      http.delete('*/api/v1/me/consents/:slug', () => problemResponse(500, 'Internal Server Error')),
    );
    const { user } = renderLaunch('/mijn-apps');

    await appItems();
    await user.click(screen.getByRole('button', { name: 'Toestemming intrekken voor BudgetCoach' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Intrekken voor BudgetCoach is niet gelukt. Probeer het opnieuw.');
    expect(screen.getByRole('heading', { level: 2, name: 'BudgetCoach' })).toBeTruthy();
  });

  it("shows the resident's own history of consents given and withdrawn, and adds a withdrawal", async () => {
    const given = { action: 'given', slug: 'budgetcoach', name: 'BudgetCoach', claims: ['given_name'] };
    let history = [{ ...given, at: '2026-02-03T09:15:00.000Z' }];
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([budgetCoach]),
      http.get('*/api/v1/me/consent-history', () => HttpResponse.json({ items: history })),
      http.delete('*/api/v1/me/consents/:slug', () => {
        history = [{ ...given, action: 'revoked', at: '2026-02-05T10:00:00.000Z' }, ...history];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderLaunch('/mijn-apps');

    const section = (await screen.findByRole('heading', { level: 2, name: 'Wat je eerder koos' }))
      .parentElement as HTMLElement;
    expect(await within(section).findByText(/Toestemming gegeven aan BudgetCoach: Voornaam/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Toestemming intrekken voor BudgetCoach' }));
    expect(await within(section).findByText(/Toestemming ingetrokken voor BudgetCoach/)).toBeTruthy();
    expect(within(section).getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows an empty state with a way to find apps', async () => {
    server.use(sessionHandler(residentSession()), consentsHandler([]));
    renderLaunch('/mijn-apps');

    expect(await screen.findByText('Je hebt nog geen enkele app toestemming gegeven.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bekijk alle apps' }).getAttribute('href')).toBe('/apps');
  });

  it('asks a signed-out visitor to sign in', async () => {
    server.use(sessionHandler(SIGNED_OUT));
    renderLaunch('/mijn-apps');

    expect(await screen.findByRole('heading', { level: 1, name: 'Log eerst in' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar inloggen' }).getAttribute('href')).toBe(
      '/inloggen?terug=%2Fmijn-apps',
    );
  });

  it('shows dates in English when the storefront is in English', async () => {
    window.localStorage.setItem('inwonercloud.locale', 'en');
    server.use(sessionHandler(residentSession()), consentsHandler([budgetCoach]));
    renderLaunch('/mijn-apps');

    expect(await screen.findByRole('heading', { level: 1, name: 'My apps' })).toBeTruthy();
    const [item] = (await appItems()) as [HTMLElement];
    expect(facts(item)).toEqual([
      ['May receive', 'First name and Email address'],
      ['Consent since', '3 February 2026'],
      ['Last opened', '4 February 2026 at 14:05'],
      ['Received then', 'First name'],
    ]);
    expect(screen.getByRole('button', { name: 'Withdraw consent for BudgetCoach' })).toBeTruthy();
  });

  it('says a suspended app is suspended and why, with no consent request and no dead link', async () => {
    const suspended = buildConsent({
      current: false,
      availability: {
        state: 'suspended',
        reason: 'De app stuurde gegevens naar een andere partij.',
        since: '2026-03-02T10:00:00.000Z',
      },
    });
    server.use(sessionHandler(residentSession()), consentsHandler([suspended]));
    renderLaunch('/mijn-apps');

    const [item] = (await appItems()) as [HTMLElement];

    expect(within(item).getByRole('heading', { name: 'BudgetCoach is stopgezet' })).toBeTruthy();
    expect(within(item).getByText(/op 2 maart 2026 stopgezet/)).toBeTruthy();
    expect(within(item).getByText('De reden: De app stuurde gegevens naar een andere partij.')).toBeTruthy();
    expect(within(item).getByText(/Wat gebeurt er met je gegevens\?/)).toBeTruthy();
    expect(within(item).queryByText(/Geef opnieuw toestemming/)).toBeNull();
    expect(within(item).queryByRole('link', { name: 'BudgetCoach' })).toBeNull();
  });

  it('says the municipality no longer offers an app', async () => {
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([buildConsent({ availability: { state: 'not-offered' } })]),
    );
    renderLaunch('/mijn-apps');

    const [item] = (await appItems()) as [HTMLElement];

    expect(
      within(item).getByRole('heading', { name: 'Je gemeente biedt BudgetCoach niet meer aan' }),
    ).toBeTruthy();
  });

  it('has one h1 and no axe violations', async () => {
    server.use(sessionHandler(residentSession()), consentsHandler([budgetCoach, planner]));
    renderLaunch('/mijn-apps');

    await appItems();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(await axeViolations()).toEqual([]);
  });
});
