import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AppRequestStatus } from '../../../../shared/schemas/app-request.ts';
import { sessionHandler } from '../../identity/test-support/session-fixtures.ts';
import { residentSession } from '../../launch/test-support/fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderApp } from '../../test/render-app.tsx';
import { server } from '../../test/server.ts';

// Issue 11: a signed-in resident sees which apps their own municipality offers, can filter on
// them, and can ask the municipality for an app it does not offer. The default catalog: Utrecht
// (GM0344) offers BudgetCoach and Mantelzorg Planner, not VacatureMatcher.

function searchOf(router: { state: { location: { search: string } } }) {
  return new URLSearchParams(router.state.location.search);
}

function cardOf(name: string): HTMLElement {
  const card = screen.getByRole('link', { name }).closest('li');
  if (!card) throw new Error(`no card for ${name}`);
  return card;
}

/** A resident's own request for VacatureMatcher, kept between the calls of one test. */
function requestsApi(initial: Partial<AppRequestStatus> = {}) {
  const state = {
    status: { slug: 'vacaturematcher', municipality: 'GM0344', requested: false, offered: false, ...initial },
    calls: [] as string[],
  };
  server.use(
    http.get('*/api/v1/me/app-requests/vacaturematcher', () => HttpResponse.json(state.status)),
    http.put('*/api/v1/me/app-requests/vacaturematcher', () => {
      state.calls.push('PUT');
      state.status = { ...state.status, requested: true };
      return HttpResponse.json(state.status);
    }),
    http.delete('*/api/v1/me/app-requests/vacaturematcher', () => {
      state.calls.push('DELETE');
      state.status = { ...state.status, requested: false };
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return state;
}

describe('results page for a signed-in resident', () => {
  it('marks the apps their own municipality offers, and filters on them with one checkbox', async () => {
    server.use(sessionHandler(residentSession('GM0344')));
    const { router, user } = renderApp('/apps?municipality=all');

    expect(await screen.findByText('3 apps gevonden')).toBeTruthy();
    await waitFor(() =>
      expect(within(cardOf('BudgetCoach')).getByText('Aangeboden door gemeente Utrecht')).toBeTruthy(),
    );
    expect(within(cardOf('Mantelzorg Planner')).getByText('Aangeboden door gemeente Utrecht')).toBeTruthy();
    expect(within(cardOf('VacatureMatcher')).queryByText(/Aangeboden door/)).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Gemeente' })).toBeNull();
    const filter = screen.getByRole('checkbox', { name: 'Alleen apps van mijn gemeente' });
    expect(filter).toHaveProperty('checked', false);
    expect(
      screen.getByText('Dit zijn de apps die gemeente Utrecht aanbiedt. Alleen die apps kun je openen.'),
    ).toBeTruthy();

    await user.click(filter);

    await waitFor(() => expect(searchOf(router).get('municipality')).toBe('GM0344'));
    expect(await screen.findByText('2 apps gevonden')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Alleen apps van mijn gemeente' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getAllByText('Aangeboden door gemeente Utrecht')).toHaveLength(2);

    await user.click(screen.getByRole('checkbox', { name: 'Alleen apps van mijn gemeente' }));

    await waitFor(() => expect(searchOf(router).get('municipality')).toBe('all'));
    expect(await screen.findByText('3 apps gevonden')).toBeTruthy();
  });

  it('shows their own municipality when the URL names another one', async () => {
    server.use(sessionHandler(residentSession('GM0344')));
    const { router } = renderApp('/apps?municipality=GM0363');

    await waitFor(() => expect(searchOf(router).get('municipality')).toBe('GM0344'));
    // Amsterdam offers VacatureMatcher and Mantelzorg Planner; Utrecht BudgetCoach and Mantelzorg Planner.
    expect(await screen.findByRole('link', { name: 'BudgetCoach' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'VacatureMatcher' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Alleen apps van mijn gemeente' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('has no axe violations', async () => {
    server.use(sessionHandler(residentSession('GM0344')));
    renderApp('/apps?municipality=all');
    await screen.findAllByText('Aangeboden door gemeente Utrecht');

    expect(await axeViolations()).toEqual([]);
  });
});

describe('results page for someone not signed in', () => {
  it('has no own-municipality filter and no marks', async () => {
    renderApp('/apps?municipality=all');

    expect(await screen.findByText('3 apps gevonden')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Alleen apps van mijn gemeente' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Gemeente' })).toBeTruthy();
    expect(screen.queryByText(/Aangeboden door/)).toBeNull();
  });
});

describe('app page for a signed-in resident', () => {
  it('marks an app their municipality offers, and asks nothing', async () => {
    server.use(
      sessionHandler(residentSession('GM0344')),
      http.get('*/api/v1/me/consents', () => HttpResponse.json([])),
    );
    renderApp('/apps/budgetcoach');

    expect(await screen.findByText('Aangeboden door gemeente Utrecht')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Vraag je gemeente om deze app' })).toBeNull();
  });

  it('asks the municipality for an app it does not offer, and withdraws the request', async () => {
    server.use(sessionHandler(residentSession('GM0344')));
    const api = requestsApi();
    const { user } = renderApp('/apps/vacaturematcher');

    const ask = await screen.findByRole('button', { name: 'Vraag om deze app' });
    expect(
      screen.getByText(/De gemeente ziet alleen hoeveel inwoners erom vragen\. Ze ziet niet wie\./),
    ).toBeTruthy();
    expect(screen.queryByText('Aangeboden door gemeente Utrecht')).toBeNull();

    await user.click(ask);

    const withdraw = await screen.findByRole('button', { name: 'Verzoek intrekken' });
    expect(screen.getByText('Je hebt gemeente Utrecht gevraagd om deze app aan te bieden.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Je verzoek is verstuurd.');
    expect(withdraw).toBe(document.activeElement);

    await user.click(withdraw);

    expect(await screen.findByRole('button', { name: 'Vraag om deze app' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Je verzoek is ingetrokken.');
    expect(api.calls).toEqual(['PUT', 'DELETE']);
    expect(await axeViolations()).toEqual([]);
  });

  it('says so when the municipality is about to offer the app', async () => {
    server.use(sessionHandler(residentSession('GM0344')));
    requestsApi({ offered: true });
    renderApp('/apps/vacaturematcher');

    expect(
      await screen.findByText('Gemeente Utrecht gaat deze app aanbieden. Je hoeft er niet om te vragen.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Vraag om deze app' })).toBeNull();
  });

  it('keeps the request when the server refuses, and says it did not work', async () => {
    server.use(
      sessionHandler(residentSession('GM0344')),
      http.get('*/api/v1/me/app-requests/vacaturematcher', () =>
        HttpResponse.json({
          slug: 'vacaturematcher',
          municipality: 'GM0344',
          requested: false,
          offered: false,
        }),
      ),
      http.put('*/api/v1/me/app-requests/vacaturematcher', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Conflict', status: 409 },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp('/apps/vacaturematcher');

    await user.click(await screen.findByRole('button', { name: 'Vraag om deze app' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Dat is niet gelukt. Probeer het opnieuw.');
    expect(screen.getByRole('button', { name: 'Vraag om deze app' })).toBeTruthy();
  });
});

describe('in English', () => {
  it('says the same things in English second', async () => {
    window.localStorage.setItem('inwonercloud.locale', 'en');
    server.use(sessionHandler(residentSession('GM0344')));
    requestsApi();
    renderApp('/apps/vacaturematcher');

    expect(await screen.findByRole('heading', { name: 'Ask your municipality for this app' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Ask for this app' })).toBeTruthy();
    expect(screen.getByText(/It does not see who\./)).toBeTruthy();
  });

  it('names the filter and the mark in English', async () => {
    window.localStorage.setItem('inwonercloud.locale', 'en');
    server.use(sessionHandler(residentSession('GM0344')));
    renderApp('/apps?municipality=GM0344');

    expect(await screen.findByRole('checkbox', { name: 'Only apps of my municipality' })).toHaveProperty(
      'checked',
      true,
    );
    expect((await screen.findAllByText('Offered by the municipality of Utrecht')).length).toBe(2);
  });
});

describe('app page for someone not signed in', () => {
  it('offers no request, so nothing can be stored for them', async () => {
    renderApp('/apps/vacaturematcher');

    expect(await screen.findByRole('link', { name: 'Log in om deze app te openen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Vraag om deze app' })).toBeNull();
    expect(screen.queryByText(/Aangeboden door/)).toBeNull();
  });
});
