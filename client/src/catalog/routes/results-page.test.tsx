import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildAppDetail, toSummary } from '../../test/fixtures.ts';
import { problemResponse } from '../../test/handlers.ts';
import { renderApp } from '../../test/render-app.tsx';
import { server } from '../../test/server.ts';

function searchOf(router: { state: { location: { search: string } } }) {
  return new URLSearchParams(router.state.location.search);
}

describe('results page', () => {
  it('reads the filters from the URL and shows the count and the matching apps', async () => {
    renderApp('/apps?category=geld-en-schulden&municipality=all');

    expect((await screen.findByText('1 app gevonden')).getAttribute('aria-live')).toBe('polite');
    const list = screen.getByRole('list', { name: 'Gevonden apps' });
    expect(list.children).toHaveLength(1);
    const card = list.children[0] as HTMLElement;
    expect(within(card).getByRole('link', { name: 'BudgetCoach' }).getAttribute('href')).toBe(
      '/apps/budgetcoach',
    );
    expect(within(card).getByText('Gemaakt door GeldFit')).toBeTruthy();
    expect(within(card).getByText('Geld en schulden')).toBeTruthy();
    expect(within(card).getByText(/Gratis/)).toBeTruthy();
    expect(screen.getByLabelText('Onderwerp')).toHaveProperty('value', 'geld-en-schulden');
    await waitFor(() => expect(document.title).toBe('Alle apps | Inwonercloud'));
  });

  it('puts a changed category filter in the URL and shows the new results', async () => {
    const { router, user } = renderApp('/apps?municipality=all');
    expect(await screen.findByText('3 apps gevonden')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Onderwerp'), 'zorg');

    await waitFor(() => expect(searchOf(router).get('category')).toBe('zorg'));
    expect(searchOf(router).get('municipality')).toBe('all');
    expect(await screen.findByText('1 app gevonden')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mantelzorg Planner' })).toBeTruthy();
    expect(screen.getByLabelText('Onderwerp')).toHaveProperty('value', 'zorg');
  });

  it('uses the remembered municipality as the default filter, and "Alle gemeenten" lifts it', async () => {
    window.localStorage.setItem('inwonercloud.municipality', 'GM0363');
    const { router, user } = renderApp('/apps');

    expect(await screen.findByText('2 apps gevonden')).toBeTruthy();
    expect(searchOf(router).get('municipality')).toBe('GM0363');
    const municipalityFilter = screen.getByLabelText('Gemeente');
    await waitFor(() => expect(municipalityFilter).toHaveProperty('value', 'GM0363'));

    await user.selectOptions(municipalityFilter, 'Alle gemeenten');

    expect(await screen.findByText('3 apps gevonden')).toBeTruthy();
    expect(searchOf(router).get('municipality')).toBe('all');
  });

  it('shows an empty state when nothing matches', async () => {
    renderApp('/apps?q=onbekendwoord&municipality=all');

    expect(await screen.findByText('Geen apps gevonden')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'We hebben geen apps gevonden' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Apps voor "onbekendwoord" | Inwonercloud'));
  });

  it('links to the other pages with the filters kept', async () => {
    const app = toSummary(buildAppDetail());
    server.use(
      http.get('*/api/v1/apps', () => HttpResponse.json({ items: [app], total: 50, page: 1, pageSize: 24 })),
    );
    renderApp('/apps?category=zorg&municipality=all');

    const pagination = await screen.findByRole('navigation', { name: 'Meer resultaten' });
    const page2 = within(pagination).getByRole('link', { name: 'Pagina 2' });
    expect(new URLSearchParams(page2.getAttribute('href')?.split('?')[1]).get('category')).toBe('zorg');
    expect(page2.getAttribute('href')).toContain('page=2');
    expect(within(pagination).getByRole('link', { name: 'Pagina 1' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(within(pagination).getByRole('link', { name: 'Volgende' })).toBeTruthy();
  });

  it('shows a friendly message, not the technical problem, when the API fails', async () => {
    server.use(http.get('*/api/v1/apps', () => problemResponse(500, 'Internal Server Error')));
    renderApp('/apps?municipality=all');

    expect(await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeTruthy();
    expect(screen.getByText('Het lukt nu niet om deze pagina te laden. Dat ligt niet aan jou.')).toBeTruthy();
    expect(screen.queryByText(/Internal Server Error/)).toBeNull();
    expect(screen.queryByText(/database timeout/)).toBeNull();
    // The frame stays usable: the visitor can navigate away.
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeTruthy();
  });
});
