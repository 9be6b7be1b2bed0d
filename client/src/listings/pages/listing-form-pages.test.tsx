import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionHandler, vendorSession } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildListingDetail } from '../test-support/vendor-fixtures.ts';

function describedText(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('listing form', () => {
  it('shows a field error live, after the field was left, and clears it when fixed', async () => {
    server.use(sessionHandler(vendorSession()));
    const { user } = renderRoutes('/aanbieder/nieuw');
    const name = await screen.findByRole('textbox', { name: 'Naam van de app' });

    await user.type(name, 'B');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    await user.tab();

    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(name)).toContain('Gebruik minstens 2 tekens.');

    await user.type(name, 'udgetCoach');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(describedText(name)).not.toContain('Gebruik minstens');
  });

  it('does not warn about the live version on a brand-new app', async () => {
    server.use(sessionHandler(vendorSession()));
    renderRoutes('/aanbieder/nieuw');
    await screen.findByRole('heading', { level: 1, name: 'Nieuwe app aanmelden' });

    expect(screen.queryByText(/De versie die nu live staat/)).toBeNull();
    expect(screen.queryByText(/opnieuw beoordeeld/)).toBeNull();
  });

  it('lists every error at the top on submit, with links that move focus to the field', async () => {
    server.use(sessionHandler(vendorSession()));
    const { user } = renderRoutes('/aanbieder/nieuw');
    await screen.findByRole('heading', { level: 1, name: 'Nieuwe app aanmelden' });

    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    const summary = screen
      .getByRole('heading', { name: 'Er gaat iets mis. Verbeter dit:' })
      .closest('div[tabindex]');
    if (!(summary instanceof HTMLElement)) throw new Error('no error summary');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.length).toBeGreaterThan(5);
    const texts = links.map((l) => l.textContent);
    expect(texts).toContain('Onderwerpen: Kies minstens 1 onderwerp.');
    expect(texts).toContain('Beschrijving (Nederlands): Vul dit in.');
    // Every entry names its field: no bare "Vul dit in." (issue 11 item 13).
    expect(texts.filter((t) => t === 'Vul dit in.')).toEqual([]);

    await user.click(within(summary).getByRole('link', { name: /Kies minstens 1 onderwerp\./ }));
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Zorg' }));

    const website = screen.getByRole('textbox', { name: 'Website van de app' });
    expect(website.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(website)).toContain('begint met https://');
  });

  it('asks for a reason when a claim is chosen', async () => {
    server.use(sessionHandler(vendorSession()));
    const { user } = renderRoutes('/aanbieder/nieuw');

    await user.click(await screen.findByRole('checkbox', { name: 'E-mailadres' }));
    const reason = screen.getByRole('textbox', { name: 'E-mailadres: waarom nodig? (Nederlands)' });
    await user.click(reason);
    await user.tab();

    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(reason)).toContain('Vul dit in.');
  });

  it('puts the server’s 400 field errors on the fields they belong to', async () => {
    const listing = buildListingDetail();
    let sent: unknown = null;
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(listing)),
      http.put('*/api/v1/vendor/listings/lst-1/draft', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Invalid input',
            status: 400,
            detail: 'Some fields are not valid; see errors.',
            errors: [
              { in: 'body', field: 'draft.tagline.nl', message: 'contains a forbidden word' },
              { in: 'body', field: 'draft.claims.0.reason.nl', message: 'too vague' },
              { in: 'body', field: 'draft.launch.redirectUris.0', message: 'loopback refused' },
            ],
          },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderRoutes('/aanbieder/lst-1/bewerken');

    await user.click(await screen.findByRole('button', { name: 'Wijzigingen opslaan' }));

    const tagline = await screen.findByRole('textbox', { name: 'Korte zin over de app (Nederlands)' });
    await waitFor(() => expect(tagline.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(tagline)).toContain('contains a forbidden word');
    const reason = screen.getByRole('textbox', { name: 'Voornaam: waarom nodig? (Nederlands)' });
    expect(describedText(reason)).toContain('too vague');
    const redirects = screen.getByRole('textbox', { name: 'Adressen om terug te keren (redirect_uri)' });
    expect(describedText(redirects)).toContain('Regel 1: Dit keurt de server af: loopback refused');
    expect((sent as { draft: { name: string } }).draft.name).toBe('BudgetCoach');

    // Editing the field takes the server's error away; the others stay.
    await user.type(tagline, '!');
    expect(tagline.getAttribute('aria-invalid')).toBeNull();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
  });

  it('creates a draft and opens the new listing', async () => {
    const created = buildListingDetail({
      id: 'lst-9',
      name: 'Nieuwe App',
      versions: [],
      latestVersion: null,
    });
    let sent: { draft: Record<string, unknown> } | null = null;
    server.use(
      sessionHandler(vendorSession()),
      http.post('*/api/v1/vendor/listings', async ({ request }) => {
        sent = (await request.json()) as { draft: Record<string, unknown> };
        return HttpResponse.json(created, { status: 201 });
      }),
      http.get('*/api/v1/vendor/listings/lst-9', () => HttpResponse.json(created)),
    );
    const { user, router } = renderRoutes('/aanbieder/nieuw');
    // Pasting instead of typing keeps this long form fast; typing is covered above.
    const fill = async (name: string, value: string) => {
      await user.click(await screen.findByRole('textbox', { name }));
      await user.paste(value);
    };

    await fill('Naam van de app', 'Nieuwe App');
    await fill('Korte zin over de app (Nederlands)', 'Een korte zin.');
    await fill('Korte zin over de app (Engels)', 'A short sentence.');
    await fill('Beschrijving (Nederlands)', 'Een beschrijving.');
    await fill('Beschrijving (Engels)', 'A description.');
    await user.click(screen.getByRole('checkbox', { name: 'Wonen' }));
    await fill('Website van de app', 'https://nieuw.example');
    await fill('Adres van de privacyverklaring', 'https://nieuw.example/privacy');
    await fill('Adres van de toegankelijkheidsverklaring', 'https://nieuw.example/a11y');
    await fill('E-mailadres voor hulp', 'hulp@nieuw.example');
    await fill('Adres waar het inloggen begint (initiate_login_uri)', 'https://nieuw.example/login');
    await fill('Adressen om terug te keren (redirect_uri)', 'https://nieuw.example/cb');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Hoe Inwonercloud dat adres opent' }),
      'POST',
    );
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/aanbieder/lst-9'));
    expect(await screen.findByText('Het concept is opgeslagen.')).toBeTruthy();
    expect(sent).not.toBeNull();
    const draft = (sent as unknown as { draft: Record<string, unknown> }).draft;
    expect(draft.categories).toEqual(['wonen']);
    expect(draft.languages).toEqual(['nl']);
    expect(draft.icon).toBeUndefined();
    expect(draft.launch).toMatchObject({
      initiateLoginUri: 'https://nieuw.example/login',
      initiateLoginMethod: 'POST',
    });
    // A long form: slow on a busy machine.
  }, 15_000);

  it('has no axe violations, also with errors shown', async () => {
    server.use(sessionHandler(vendorSession()));
    const { user } = renderRoutes('/aanbieder/nieuw');
    await user.click(await screen.findByRole('checkbox', { name: 'Adres' }));
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    expect(await axeViolations()).toEqual([]);
  }, 15_000);
});
