import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildSession, SIGNED_OUT, sessionHandler, vendorSession } from '../test-support/session-fixtures.ts';

describe('RequireRole', () => {
  it('asks a signed-out visitor to sign in, with a way back', async () => {
    server.use(sessionHandler(SIGNED_OUT));
    renderRoutes('/aanbieder/nieuw');

    expect(await screen.findByRole('heading', { level: 1, name: 'Log eerst in' })).toBeTruthy();
    expect(screen.getByText('Log in als aanbieder om deze pagina te zien.')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Naar inloggen' });
    expect(link.getAttribute('href')).toBe('/inloggen?terug=%2Faanbieder%2Fnieuw');
  });

  it('tells someone with another role that the page is not for them', async () => {
    server.use(sessionHandler(buildSession([{ role: 'resident', municipality: 'GM0344' }])));
    renderRoutes('/beoordelen');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina is niet voor jou' }),
    ).toBeTruthy();
    expect(screen.getByText(/alleen voor een beoordelaar/)).toBeTruthy();
  });
});

describe('UserMenu', () => {
  it('shows who is signed in and signs out', async () => {
    let deleted = false;
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings', () => HttpResponse.json([])),
      http.delete('*/api/v1/session', () => {
        deleted = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, router } = renderRoutes('/aanbieder');

    expect(await screen.findByText('Ingelogd als Sanne de Vries')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(deleted).toBe(true);
    expect(screen.getByRole('link', { name: 'Inloggen' }).getAttribute('href')).toBe('/inloggen');
  });
});
