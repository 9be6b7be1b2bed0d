import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { SIGNED_OUT, sessionHandler, vendorSession } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { problemResponse } from '../../test/handlers.ts';
import { renderLaunch } from '../../test/render-launch.tsx';
import { server } from '../../test/server.ts';
import {
  buildConsent,
  buildLaunchResponse,
  consentsHandler,
  launchHandler,
  residentSession,
} from '../test-support/fixtures.ts';
import { spyOnFormSubmits } from '../test-support/form-submits.ts';

async function openPanel() {
  const heading = await screen.findByRole('heading', { level: 2, name: 'App openen' });
  return heading.closest('section') as HTMLElement;
}

describe('OpenAppPanel', () => {
  it('asks a signed-out visitor to sign in, and brings them back to the app afterwards', async () => {
    server.use(sessionHandler(SIGNED_OUT));
    renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    const link = await within(panel).findByRole('link', { name: 'Log in om deze app te openen' });
    expect(link.getAttribute('href')).toBe('/inloggen?terug=%2Fapps%2Fbudgetcoach');
    expect(within(panel).queryByRole('button', { name: 'Open app' })).toBeNull();
  });

  it('explains that only residents open apps to someone signed in with another role', async () => {
    server.use(sessionHandler(vendorSession()));
    renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    expect(
      await within(panel).findByText(/Alleen inwoners van een gemeente kunnen apps openen/),
    ).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Open app' })).toBeNull();
  });

  it("explains that the resident's own municipality does not offer the app", async () => {
    // BudgetCoach is only offered by Utrecht (GM0344).
    server.use(sessionHandler(residentSession('GM0363')));
    renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    expect(
      await within(panel).findByText(
        'Gemeente Amsterdam biedt deze app niet aan. Daarom kun je de app niet openen.',
      ),
    ).toBeTruthy();
    expect(within(panel).queryByRole('link', { name: 'Open app' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Open app' })).toBeNull();
  });

  it('sends a resident without consent to the consent page first', async () => {
    server.use(sessionHandler(residentSession()), consentsHandler([]));
    const { user, router } = renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    const link = await within(panel).findByRole('link', { name: 'Open app' });
    expect(link.getAttribute('href')).toBe('/apps/budgetcoach/toestemming');
    expect(within(panel).getByText(/Je kiest eerst welke gegevens de app van je krijgt/)).toBeTruthy();

    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Toestemming geven aan BudgetCoach' }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/apps/budgetcoach/toestemming');
  });

  it('asks for consent again when the app now asks for other data', async () => {
    server.use(sessionHandler(residentSession()), consentsHandler([buildConsent({ current: false })]));
    renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    expect(
      await within(panel).findByText('De app vraagt nu andere gegevens. Geef opnieuw toestemming.'),
    ).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Open app' }).getAttribute('href')).toBe(
      '/apps/budgetcoach/toestemming',
    );
  });

  it('opens the app for a resident with current consent: a POST form to the app, hint not in the URL', async () => {
    const launched: string[] = [];
    const launch = buildLaunchResponse();
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([buildConsent({ claims: ['given_name', 'email'] })]),
      launchHandler(launch, launched),
    );
    const submitted = spyOnFormSubmits();
    const { user, router } = renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    const button = await within(panel).findByRole('button', { name: 'Open app' });
    expect(within(panel).getByText('De app krijgt van je: Voornaam en E-mailadres.')).toBeTruthy();
    await user.click(button);

    await expect.poll(() => submitted.length).toBe(1);
    expect(launched).toEqual(['budgetcoach']);
    expect(submitted[0]).toEqual({
      method: 'post',
      action: launch.action,
      fields: launch.fields,
      connected: true,
    });
    // The single-use hint travels only in the POST body: not in any URL, not in storage.
    expect(router.state.location.search).toBe('');
    expect(window.location.href).not.toContain(launch.fields.login_hint);
    expect(JSON.stringify({ ...window.localStorage })).not.toContain(launch.fields.login_hint);
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain(launch.fields.login_hint);
  });

  it('tells the resident when the launch is refused because consent is needed', async () => {
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([buildConsent()]),
      http.post('*/api/v1/apps/:slug/launches', () => problemResponse(409, 'Launch refused')),
    );
    const submitted = spyOnFormSubmits();
    const { user } = renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Open app' }));

    const alert = await within(panel).findByRole('alert');
    expect(within(alert).getByText('Geef eerst toestemming. Daarna kun je de app openen.')).toBeTruthy();
    expect(within(alert).getByRole('link', { name: 'Geef toestemming' }).getAttribute('href')).toBe(
      '/apps/budgetcoach/toestemming',
    );
    expect(submitted).toHaveLength(0);
  });

  it('refuses to send the browser anywhere but an http(s) address', async () => {
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([buildConsent()]),
      http.post('*/api/v1/apps/:slug/launches', () =>
        HttpResponse.json(buildLaunchResponse({ action: 'javascript:alert(1)' }), { status: 201 }),
      ),
    );
    const submitted = spyOnFormSubmits();
    const { user } = renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Open app' }));

    expect(await within(panel).findByText('De app openen is niet gelukt. Probeer het opnieuw.')).toBeTruthy();
    expect(submitted).toHaveLength(0);
    expect(document.querySelector('form[action^="javascript"]')).toBeNull();
  });

  it('has no axe violations when the app can be opened', async () => {
    server.use(sessionHandler(residentSession()), consentsHandler([buildConsent()]));
    renderLaunch('/apps/budgetcoach');

    const panel = await openPanel();
    await within(panel).findByRole('button', { name: 'Open app' });
    expect(await axeViolations()).toEqual([]);
  });
});
