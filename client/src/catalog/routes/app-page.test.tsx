import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionHandler } from '../../identity/test-support/session-fixtures.ts';
import { residentSession } from '../../launch/test-support/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';
import { server } from '../../test/server.ts';

describe('app page', () => {
  it('shows each claim with what it reveals, the reason and whether it is needed', async () => {
    renderApp('/apps/budgetcoach');

    const heading = await screen.findByRole('heading', { level: 2, name: 'Welke gegevens krijgt deze app?' });
    const section = heading.closest('section') as HTMLElement;
    const claims = within(section).getAllByRole('listitem');
    expect(claims).toHaveLength(2);

    const [givenName, email] = claims as [HTMLElement, HTMLElement];
    expect(within(givenName).getByRole('heading', { name: 'Voornaam' })).toBeTruthy();
    expect(within(givenName).getByText('De app weet je voornaam.')).toBeTruthy();
    expect(
      within(givenName).getByText('Waarom de app dit vraagt: De coach spreekt je aan met je voornaam.'),
    ).toBeTruthy();
    expect(within(givenName).getByText('Nodig')).toBeTruthy();

    expect(within(email).getByRole('heading', { name: 'E-mailadres' })).toBeTruthy();
    expect(within(email).getByText('De app kan je e-mails sturen.')).toBeTruthy();
    expect(within(email).getByText('Mag je weglaten')).toBeTruthy();
  });

  it('shows the vetting result: version, approval date and every criterion with its outcome', async () => {
    renderApp('/apps/budgetcoach');

    const table = await screen.findByRole('table', { name: 'Waar gemeenten de app op hebben gecontroleerd' });
    expect(
      screen.getByText(
        'Gemeenten hebben deze app samen gecontroleerd. Versie 2 is goedgekeurd op 7 januari 2026.',
      ),
    ).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Er is een duidelijke privacyverklaring', 'Privacy', 'Voldoet'],
      ['Er is een toegankelijkheidsverklaring', 'Toegankelijkheid', 'Voldoet'],
      ['Bewijs voor zorgapps', 'Bewijs dat de app helpt', 'Niet van toepassing'],
    ]);
  });

  it('shows the facts a resident needs before choosing the app', async () => {
    renderApp('/apps/budgetcoach');

    expect(await screen.findByRole('heading', { level: 1, name: 'BudgetCoach' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('BudgetCoach | Inwonercloud'));
    expect(screen.getByText('Gemaakt door GeldFit')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Lees de privacyverklaring van BudgetCoach' }).getAttribute('href'),
    ).toBe('https://geldfit.example/budgetcoach/privacy');
    expect(screen.getByText('Status A: voldoet helemaal')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Lees de toegankelijkheidsverklaring van BudgetCoach' }),
    ).toBeTruthy();
    expect(screen.getByText('De app is er in deze talen: Nederlands en Engels.')).toBeTruthy();
    expect(screen.getByText('Gratis en zonder reclame.')).toBeTruthy();
    expect(screen.queryByText(/Gratis\. Gratis/)).toBeNull();
    expect(screen.getByRole('img', { name: 'Je maand: inkomen en vaste lasten' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'support@geldfit.example' }).getAttribute('href')).toBe(
      'mailto:support@geldfit.example',
    );
    const signIn = await screen.findByRole('link', { name: 'Log in om deze app te openen' });
    expect(signIn.getAttribute('href')).toBe('/inloggen?terug=%2Fapps%2Fbudgetcoach');
  });

  it('says whether the chosen municipality offers the app', async () => {
    window.localStorage.setItem('inwonercloud.municipality', 'GM0363');
    renderApp('/apps/budgetcoach');

    expect(await screen.findByText('Gemeente Amsterdam biedt deze app niet aan.')).toBeTruthy();
  });

  it("speaks of a signed-in resident's own municipality, whatever the chooser says", async () => {
    // Fatima lives in Amsterdam here; the chooser says Utrecht, which offers BudgetCoach.
    window.localStorage.setItem('inwonercloud.municipality', 'GM0344');
    server.use(sessionHandler(residentSession('GM0363')));
    renderApp('/apps/budgetcoach');

    expect(await screen.findByText(/Amsterdam/)).toBeTruthy();
    expect(screen.queryByText('Gemeente Utrecht biedt deze app aan.')).toBeNull();
    expect(screen.getAllByText(/Amsterdam/)).toHaveLength(1);
  });

  it('shows the not-found page when the API does not know the app', async () => {
    renderApp('/apps/bestaat-niet');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Pagina niet gevonden | Inwonercloud'));
  });
});
