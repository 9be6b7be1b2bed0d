import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { SIGNED_OUT, sessionHandler } from '../../identity/test-support/session-fixtures.ts';
import { leavePageFor } from '../../lib/leave-page.ts';
import { axeViolations } from '../../test/axe.ts';
import { buildAppDetail } from '../../test/fixtures.ts';
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

vi.mock('../../lib/leave-page.ts', () => ({ leavePageFor: vi.fn() }));

const URL = '/apps/budgetcoach/toestemming';

async function claimsFieldset() {
  return screen.findByRole('group', { name: 'Welke gegevens mag BudgetCoach krijgen?' });
}

function checkbox(name: string): HTMLInputElement {
  return screen.getByRole('checkbox', { name }) as HTMLInputElement;
}

describe('consent page', () => {
  it('lists every claim with what it reveals and why; required ones are checked and fixed', async () => {
    server.use(sessionHandler(residentSession()), consentsHandler([]));
    renderLaunch(URL);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Toestemming geven aan BudgetCoach' }),
    ).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Toestemming geven aan BudgetCoach | Inwonercloud'));
    expect(screen.getByText(/Inwonercloud logt je in bij BudgetCoach/)).toBeTruthy();
    const group = await claimsFieldset();

    const givenName = within(group).getByRole('checkbox', { name: 'Voornaam' }) as HTMLInputElement;
    expect(givenName.checked).toBe(true);
    expect(givenName.disabled).toBe(true);
    const givenNameHelp = document.getElementById(givenName.getAttribute('aria-describedby') ?? '');
    expect(givenNameHelp?.textContent).toContain('Nodig om de app te gebruiken');
    expect(givenNameHelp?.textContent).toContain('De app weet je voornaam.');
    expect(givenNameHelp?.textContent).toContain(
      'Waarom de app dit vraagt: De coach spreekt je aan met je voornaam.',
    );

    const email = within(group).getByRole('checkbox', { name: 'E-mailadres' }) as HTMLInputElement;
    expect(email.checked).toBe(false);
    expect(email.disabled).toBe(false);
    const emailHelp = document.getElementById(email.getAttribute('aria-describedby') ?? '');
    expect(emailHelp?.textContent).not.toContain('Nodig om de app te gebruiken');
    expect(emailHelp?.textContent).toContain('De app kan je e-mails sturen.');
    expect(emailHelp?.textContent).toContain('Waarom de app dit vraagt: We sturen je een herinnering.');
  });

  it('saves the chosen claims, then starts the launch and posts a form to the app', async () => {
    const calls: string[] = [];
    let saved: unknown;
    let contentType: string | null = null;
    const launch = buildLaunchResponse();
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([]),
      http.put('*/api/v1/me/consents/:slug', async ({ request, params }) => {
        calls.push(`PUT ${params.slug}`);
        contentType = request.headers.get('content-type');
        saved = await request.json();
        return HttpResponse.json(buildConsent({ claims: ['given_name', 'email'] }));
      }),
      http.post('*/api/v1/apps/:slug/launches', ({ params }) => {
        calls.push(`POST ${params.slug}`);
        return HttpResponse.json(launch, { status: 201 });
      }),
    );
    const submitted = spyOnFormSubmits();
    const { user } = renderLaunch(URL);

    await claimsFieldset();
    await user.click(checkbox('E-mailadres'));
    await user.click(screen.getByRole('button', { name: 'Akkoord en app openen' }));

    await expect.poll(() => submitted.length).toBe(1);
    expect(calls).toEqual(['PUT budgetcoach', 'POST budgetcoach']);
    expect(saved).toEqual({ claims: ['given_name', 'email'] });
    expect(contentType).toBe('application/json');
    expect(submitted[0]).toEqual({
      method: 'post',
      action: launch.action,
      fields: {
        iss: 'https://inwonercloud.example',
        login_hint: 'hint-single-use-123',
        target_link_uri: 'https://geldfit.example/budgetcoach/',
        client_id: 'client-budgetcoach',
      },
      connected: true,
    });
  });

  it("inside an app's own sign-in, saves the consent and goes back to the sign-in instead of launching", async () => {
    const calls: string[] = [];
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([]),
      http.put('*/api/v1/me/consents/:slug', ({ params }) => {
        calls.push(`PUT ${params.slug}`);
        return HttpResponse.json(buildConsent());
      }),
      http.post('*/api/v1/apps/:slug/launches', ({ params }) => {
        calls.push(`POST ${params.slug}`);
        return HttpResponse.json(buildLaunchResponse(), { status: 201 });
      }),
    );
    const { user } = renderLaunch(`${URL}?terug=${encodeURIComponent('/oidc/interaction/abc123XYZ')}`);

    await claimsFieldset();
    // Cancelling tells the app too: the interaction's abort answers it with access_denied.
    expect(screen.getByRole('link', { name: 'Annuleren' }).getAttribute('href')).toBe(
      '/oidc/interaction/abc123XYZ/abort',
    );
    await user.click(screen.getByRole('button', { name: 'Akkoord en app openen' }));

    await expect.poll(() => vi.mocked(leavePageFor).mock.calls.length).toBe(1);
    expect(vi.mocked(leavePageFor)).toHaveBeenCalledWith('/oidc/interaction/abc123XYZ');
    expect(calls).toEqual(['PUT budgetcoach']);
  });

  it('never follows a return path outside the sign-in flow', async () => {
    vi.mocked(leavePageFor).mockClear();
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([]),
      http.put('*/api/v1/me/consents/:slug', () => HttpResponse.json(buildConsent())),
      launchHandler(),
    );
    const submitted = spyOnFormSubmits();
    const { user } = renderLaunch(`${URL}?terug=${encodeURIComponent('//evil.example/oidc/interaction/x')}`);

    await claimsFieldset();
    await user.click(screen.getByRole('button', { name: 'Akkoord en app openen' }));

    await expect.poll(() => submitted.length).toBe(1);
    expect(vi.mocked(leavePageFor)).not.toHaveBeenCalled();
  });

  it('sends only the required claims when the resident leaves the optional ones out', async () => {
    let saved: unknown;
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([]),
      http.put('*/api/v1/me/consents/:slug', async ({ request }) => {
        saved = await request.json();
        return HttpResponse.json(buildConsent());
      }),
      launchHandler(),
    );
    const submitted = spyOnFormSubmits();
    const { user } = renderLaunch(URL);

    await claimsFieldset();
    await user.click(screen.getByRole('button', { name: 'Akkoord en app openen' }));

    await expect.poll(() => submitted.length).toBe(1);
    expect(saved).toEqual({ claims: ['given_name'] });
  });

  it('does not say some data is needed when every claim is optional', async () => {
    const app = buildAppDetail();
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([]),
      http.get('*/api/v1/apps/budgetcoach', () =>
        HttpResponse.json({ ...app, claims: app.claims.map((c) => ({ ...c, required: false })) }),
      ),
    );
    renderLaunch(URL);
    await claimsFieldset();

    expect(screen.queryByText(/Sommige gegevens zijn nodig/)).toBeNull();
    expect(
      screen.getByText('Je kiest zelf welke gegevens de app krijgt. De app werkt ook zonder.'),
    ).toBeTruthy();
  });

  it("preselects the resident's current choices", async () => {
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([buildConsent({ claims: ['given_name', 'email'] })]),
    );
    renderLaunch(URL);

    await claimsFieldset();
    expect(checkbox('E-mailadres').checked).toBe(true);
  });

  it('does not preselect old choices when the app now asks for other data, and says so', async () => {
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([buildConsent({ claims: ['given_name', 'email'], current: false })]),
    );
    renderLaunch(URL);

    await claimsFieldset();
    expect(screen.getByText('De app vraagt nu andere gegevens. Geef opnieuw toestemming.')).toBeTruthy();
    expect(checkbox('E-mailadres').checked).toBe(false);
  });

  it('shows a B1 alert when the API refuses the choice, and does not launch', async () => {
    let launched = false;
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([]),
      http.put('*/api/v1/me/consents/:slug', () => problemResponse(400, 'Bad Request')),
      http.post('*/api/v1/apps/:slug/launches', () => {
        launched = true;
        return HttpResponse.json(buildLaunchResponse(), { status: 201 });
      }),
    );
    const submitted = spyOnFormSubmits();
    const { user } = renderLaunch(URL);

    await claimsFieldset();
    await user.click(screen.getByRole('button', { name: 'Akkoord en app openen' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/We konden je keuze niet bewaren/)).toBeTruthy();
    expect(alert.textContent).not.toContain('Bad Request');
    expect(launched).toBe(false);
    expect(submitted).toHaveLength(0);
  });

  it('says the choice was saved when only the launch fails', async () => {
    server.use(
      sessionHandler(residentSession()),
      consentsHandler([]),
      http.put('*/api/v1/me/consents/:slug', () => HttpResponse.json(buildConsent())),
      http.post('*/api/v1/apps/:slug/launches', () => problemResponse(404, 'Not Found')),
    );
    const { user } = renderLaunch(URL);

    await claimsFieldset();
    await user.click(screen.getByRole('button', { name: 'Akkoord en app openen' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Je keuze is bewaard. Maar de app openen is niet gelukt.')).toBeTruthy();
    expect(
      within(alert).getByText('Deze app is nu niet beschikbaar. Probeer het later opnieuw.'),
    ).toBeTruthy();
  });

  it('goes back to the app page on "Annuleren"', async () => {
    server.use(sessionHandler(residentSession()), consentsHandler([]));
    const { user, router } = renderLaunch(URL);

    await claimsFieldset();
    await user.click(screen.getByRole('link', { name: 'Annuleren' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'BudgetCoach' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/apps/budgetcoach');
  });

  it('explains it when the resident’s municipality does not offer the app', async () => {
    server.use(sessionHandler(residentSession('GM0363')));
    renderLaunch(URL);

    expect(await screen.findByText(/Gemeente Amsterdam biedt deze app niet aan/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Akkoord en app openen' })).toBeNull();
  });

  it('asks a signed-out visitor to sign in first', async () => {
    server.use(sessionHandler(SIGNED_OUT));
    renderLaunch(URL);

    expect(await screen.findByRole('heading', { level: 1, name: 'Log eerst in' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar inloggen' }).getAttribute('href')).toBe(
      '/inloggen?terug=%2Fapps%2Fbudgetcoach%2Ftoestemming',
    );
  });

  it('has one h1, a fieldset with a legend and no axe violations', async () => {
    server.use(sessionHandler(residentSession()), consentsHandler([]));
    renderLaunch(URL);

    const group = await claimsFieldset();
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(await axeViolations()).toEqual([]);
  });
});
