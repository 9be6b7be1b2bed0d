import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { reviewerSession, sessionHandler } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { problemResponse } from '../../test/handlers.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import type { SuspendedApp } from '../api.ts';
import { buildSuspendedApp } from '../test-support/review-fixtures.ts';

function suspensionsApi(initial: SuspendedApp[]) {
  const state = {
    apps: initial,
    suspended: [] as Array<{ slug: string; body: unknown }>,
    reinstated: [] as Array<{ slug: string; body: unknown }>,
  };
  server.use(
    sessionHandler(reviewerSession()),
    http.get('*/api/v1/suspensions', () => HttpResponse.json(state.apps)),
    http.post('*/api/v1/apps/:slug/reinstatements', async ({ params, request }) => {
      state.reinstated.push({ slug: String(params.slug), body: await request.json() });
      state.apps = state.apps.filter((a) => a.slug !== params.slug);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/api/v1/apps/:slug/suspension', async ({ params, request }) => {
      if (params.slug === 'bestaat-niet') return problemResponse(404, 'Not found');
      const body = (await request.json()) as { reason: string };
      state.suspended.push({ slug: String(params.slug), body });
      state.apps = [
        ...state.apps,
        buildSuspendedApp({ slug: String(params.slug), name: 'BudgetCoach', reason: body.reason }),
      ];
      return HttpResponse.json({ slug: params.slug });
    }),
  );
  return state;
}

describe('suspended apps', () => {
  it('reinstates a suspended app only with a reason, after confirming, showing the standard public text', async () => {
    const api = suspensionsApi([buildSuspendedApp()]);
    const { user } = renderRoutes('/beoordelen/opgeschort');

    const row = (await screen.findByRole('rowheader', { name: 'VacatureMatcher' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('Datalek gemeld door de aanbieder.')).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Terugzetten' }));

    const heading = screen.getByRole('heading', { level: 2, name: 'VacatureMatcher terugzetten' });
    expect(document.activeElement).toBe(heading);
    expect(
      screen.getByText('De app staat weer in de catalogus. Inwoners kunnen de app weer openen.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'App terugzetten' }));
    expect(screen.getByRole('link', { name: /Schrijf een reden van minstens 3 tekens/ })).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Waarom zet je de app terug?' }), 'Lek is gedicht.');
    await user.click(screen.getByRole('button', { name: 'App terugzetten' }));
    expect(screen.getByText(/Weet je het zeker\? VacatureMatcher komt meteen terug/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Nee, niet terugzetten' }));
    expect(api.reinstated).toEqual([]);
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'App terugzetten' }));
    await user.click(screen.getByRole('button', { name: 'Ja, terugzetten' }));

    expect(await screen.findByText('VacatureMatcher is teruggezet.')).toBeTruthy();
    expect(api.reinstated).toEqual([{ slug: 'vacaturematcher', body: { reason: 'Lek is gedicht.' } }]);
    expect(await screen.findByText('Er zijn geen opgeschorte apps.')).toBeTruthy();
  }, 20_000);

  it('sends a public reason when one is written', async () => {
    const api = suspensionsApi([buildSuspendedApp()]);
    const { user } = renderRoutes('/beoordelen/opgeschort');
    await user.click(await screen.findByRole('button', { name: 'Terugzetten' }));

    await user.type(screen.getByRole('textbox', { name: 'Waarom zet je de app terug?' }), 'Opgelost.');
    await user.type(screen.getByRole('textbox', { name: /Openbare reden \(B1/ }), 'Kort');
    await user.click(screen.getByRole('button', { name: 'App terugzetten' }));
    expect(screen.getByRole('link', { name: /openbare reden van minstens 10 tekens/ })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Openbare reden \(B1/ }), ': het lek is gedicht.');
    await user.click(screen.getByRole('button', { name: 'App terugzetten' }));
    await user.click(screen.getByRole('button', { name: 'Ja, terugzetten' }));

    await waitFor(() =>
      expect(api.reinstated).toEqual([
        {
          slug: 'vacaturematcher',
          body: { reason: 'Opgelost.', publicReason: { nl: 'Kort: het lek is gedicht.', en: '' } },
        },
      ]),
    );
  }, 20_000);

  it('picks a live app by name, asks to confirm, then suspends it with the reason', async () => {
    const api = suspensionsApi([]);
    const { user } = renderRoutes('/beoordelen/opgeschort');
    await screen.findByText('Er zijn geen opgeschorte apps.');

    await user.click(screen.getByRole('button', { name: 'App opschorten' }));
    expect(screen.getByRole('link', { name: /Kies een app/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Schrijf een reden van minstens 3 tekens/ })).toBeTruthy();

    const picker = screen.getByRole('combobox', { name: 'App' });
    await screen.findByRole('option', { name: /BudgetCoach/ });
    await user.selectOptions(picker, 'budgetcoach');
    await user.type(screen.getByRole('textbox', { name: 'Reden' }), 'Inloggen lekt gegevens.');
    await user.click(screen.getByRole('button', { name: 'App opschorten' }));

    expect(screen.getByText(/Weet je het zeker\? BudgetCoach verdwijnt meteen/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Nee, niet opschorten' }));
    expect(api.suspended).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'App opschorten' }));
    await user.click(screen.getByRole('button', { name: 'Ja, opschorten' }));

    expect(await screen.findByText('BudgetCoach is opgeschort.')).toBeTruthy();
    expect(api.suspended).toEqual([{ slug: 'budgetcoach', body: { reason: 'Inloggen lekt gegevens.' } }]);
    expect(await screen.findByRole('rowheader', { name: 'BudgetCoach' })).toBeTruthy();
  });

  it('preselects the app a review page links to', async () => {
    suspensionsApi([]);
    renderRoutes('/beoordelen/opgeschort?app=vacaturematcher');
    await screen.findByRole('option', { name: /VacatureMatcher/ });

    expect((screen.getByRole('combobox', { name: 'App' }) as HTMLSelectElement).value).toBe(
      'vacaturematcher',
    );
  });

  it('has no axe violations', async () => {
    suspensionsApi([buildSuspendedApp()]);
    renderRoutes('/beoordelen/opgeschort');
    await screen.findByRole('rowheader', { name: 'VacatureMatcher' });
    expect(await axeViolations()).toEqual([]);
  });
});
