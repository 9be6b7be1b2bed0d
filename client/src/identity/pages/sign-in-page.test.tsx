import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { leavePageFor } from '../../lib/leave-page.ts';
import { axeViolations } from '../../test/axe.ts';
import { problemResponse } from '../../test/handlers.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildPersona, buildSession, SIGNED_OUT, sessionHandler } from '../test-support/session-fixtures.ts';

const personas = [
  buildPersona(),
  buildPersona({
    id: 'bram',
    displayName: 'Bram Bakker',
    summary: { nl: 'Maakt apps bij GeldFit.', en: 'Builds apps at GeldFit.' },
    roles: [{ role: 'vendor', organisationId: 'org-geldfit' }],
  }),
  buildPersona({
    id: 'ruud',
    displayName: 'Ruud Jansen',
    summary: { nl: 'Beoordeelt apps.', en: 'Reviews apps.' },
    roles: [{ role: 'reviewer' }, { role: 'municipality-admin', municipality: 'GM0363' }],
  }),
];

vi.mock('../../lib/leave-page.ts', () => ({ leavePageFor: vi.fn() }));

function personaHandler() {
  return http.get('*/api/v1/session/demo-personas', () => HttpResponse.json(personas));
}

describe('sign-in page', () => {
  it('offers DigiD and staff sign-in when configured, returning to where the visitor came from', async () => {
    server.use(
      sessionHandler(SIGNED_OUT),
      http.get('*/api/v1/session/demo-personas', () => problemResponse(404, 'Not found')),
      http.get('*/api/v1/session/sign-in-methods', () =>
        HttpResponse.json({ residents: true, staff: true, demo: false }),
      ),
    );
    renderRoutes('/inloggen?terug=/apps/budgetcoach');

    const digid = await screen.findByRole('link', { name: 'Inloggen met DigiD' });
    expect(digid.getAttribute('href')).toBe('/auth/residents/sign-in?returnTo=%2Fapps%2Fbudgetcoach');
    expect(screen.getByRole('link', { name: 'Inloggen als medewerker' }).getAttribute('href')).toBe(
      '/auth/staff/sign-in?returnTo=%2Fapps%2Fbudgetcoach',
    );
    expect(screen.queryByText(/Inloggen met een demo-persoon staat uit/)).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('never passes a return address to another site on to the sign-in', async () => {
    server.use(
      sessionHandler(SIGNED_OUT),
      personaHandler(),
      http.get('*/api/v1/session/sign-in-methods', () =>
        HttpResponse.json({ residents: true, staff: false, demo: true }),
      ),
    );
    renderRoutes('/inloggen?terug=//evil.example');

    const digid = await screen.findByRole('link', { name: 'Inloggen met DigiD' });
    expect(digid.getAttribute('href')).toBe('/auth/residents/sign-in');
  });

  it('lists the demo personas with their roles in words', async () => {
    server.use(sessionHandler(SIGNED_OUT), personaHandler());
    renderRoutes('/inloggen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    const fatima = (await screen.findByRole('heading', { name: 'Fatima El Amrani' })).closest('article');
    if (!fatima) throw new Error('persona card missing');
    expect(within(fatima).getByText('Woont in Utrecht en zoekt hulp bij geldzaken.')).toBeTruthy();
    expect(await within(fatima).findByText('inwoner van Utrecht')).toBeTruthy();
    expect(within(fatima).getByRole('button', { name: 'Inloggen als Fatima El Amrani' })).toBeTruthy();
    expect(await screen.findByText('beheerder voor Amsterdam')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Inloggen | Inwonercloud'));
  });

  it('signs in as a vendor and goes to the vendor portal', async () => {
    let body: unknown = null;
    server.use(
      sessionHandler(SIGNED_OUT),
      personaHandler(),
      http.post('*/api/v1/session/demo', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(
          buildSession([{ role: 'vendor', organisationId: 'org-geldfit' }], {
            user: { id: 'bram', displayName: 'Bram Bakker', givenName: 'Bram' },
          }),
        );
      }),
      http.get('*/api/v1/vendor/listings', () => HttpResponse.json([])),
    );
    const { user, router } = renderRoutes('/inloggen');

    await user.click(await screen.findByRole('button', { name: 'Inloggen als Bram Bakker' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn aanbod' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/aanbieder');
    expect(body).toEqual({ persona: 'bram' });
    expect(screen.getByText('Ingelogd als Bram Bakker')).toBeTruthy();
  });

  it("loads an app's sign-in at the platform again after signing in (a server path, not a page)", async () => {
    server.use(
      sessionHandler(SIGNED_OUT),
      personaHandler(),
      http.post('*/api/v1/session/demo', () =>
        HttpResponse.json(buildSession([{ role: 'resident', municipality: 'GM0344' }])),
      ),
    );
    const back = '/oidc/auth?client_id=app-budgetcoach&state=s1';
    const { user } = renderRoutes(`/inloggen?terug=${encodeURIComponent(back)}`);

    await user.click(await screen.findByRole('button', { name: 'Inloggen als Fatima El Amrani' }));

    await expect.poll(() => vi.mocked(leavePageFor).mock.calls.length).toBe(1);
    expect(vi.mocked(leavePageFor)).toHaveBeenCalledWith(back);
  });

  it('returns to the page that asked for sign-in', async () => {
    server.use(
      sessionHandler(SIGNED_OUT),
      personaHandler(),
      http.post('*/api/v1/session/demo', () =>
        HttpResponse.json(buildSession([{ role: 'reviewer' }, { role: 'vendor', organisationId: 'org-x' }])),
      ),
      http.get('*/api/v1/suspensions', () => HttpResponse.json([])),
    );
    const { user, router } = renderRoutes('/inloggen?terug=%2Fbeoordelen%2Fopgeschort');

    await user.click(await screen.findByRole('button', { name: 'Inloggen als Ruud Jansen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/beoordelen/opgeschort'));
  });

  it('says to wait when signing in too often', async () => {
    server.use(
      sessionHandler(SIGNED_OUT),
      personaHandler(),
      http.post('*/api/v1/session/demo', () => problemResponse(429, 'Too many requests')),
    );
    const { user } = renderRoutes('/inloggen');

    await user.click(await screen.findByRole('button', { name: 'Inloggen als Fatima El Amrani' }));

    expect((await screen.findByRole('alert')).textContent).toContain('te vaak geprobeerd');
  });

  it('explains that demo sign-in is off when there are no personas', async () => {
    server.use(
      sessionHandler(SIGNED_OUT),
      http.get('*/api/v1/session/demo-personas', () => problemResponse(404, 'Not found')),
    );
    renderRoutes('/inloggen');

    expect(await screen.findByText(/Inloggen met een demo-persoon staat uit/)).toBeTruthy();
  });

  it('speaks English when English was chosen', async () => {
    window.localStorage.setItem('inwonercloud.locale', 'en');
    server.use(sessionHandler(SIGNED_OUT), personaHandler());
    renderRoutes('/inloggen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Sign in as Bram Bakker' })).toBeTruthy();
    expect(await screen.findByText('resident of Utrecht')).toBeTruthy();
  });

  it('has no axe violations', async () => {
    server.use(sessionHandler(SIGNED_OUT), personaHandler());
    renderRoutes('/inloggen');
    await screen.findByRole('button', { name: 'Inloggen als Ruud Jansen' });
    await screen.findByText('beheerder voor Amsterdam');

    expect(await axeViolations()).toEqual([]);
  });
});
