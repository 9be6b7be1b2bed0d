import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { problemResponse } from '../../test/handlers.ts';
import { renderApp } from '../../test/render-app.tsx';
import { server } from '../../test/server.ts';

describe('home page', () => {
  it('shows the categories from the API, each linking to its filtered results', async () => {
    renderApp('/');

    const topics = await screen.findByRole('heading', { level: 2, name: 'Kies een onderwerp' });
    const section = topics.closest('section') as HTMLElement;
    expect(within(section).getByRole('link', { name: 'Zorg' }).getAttribute('href')).toBe(
      '/apps?category=zorg',
    );
    expect(within(section).getByRole('link', { name: 'Geld en schulden' }).getAttribute('href')).toBe(
      '/apps?category=geld-en-schulden',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Vind een app die je helpt' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Home | Inwonercloud'));
  });

  it('sends a search to the results page', async () => {
    const { router, user } = renderApp('/');

    await user.type(await screen.findByLabelText('Zoek een app'), 'budget');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Alle apps' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/apps');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('budget');
    expect(await screen.findByRole('link', { name: 'BudgetCoach' })).toBeTruthy();
  });

  it('keeps the search usable when the categories cannot load', async () => {
    server.use(http.get('*/api/v1/categories', () => problemResponse(503, 'Service Unavailable')));
    renderApp('/');

    expect(await screen.findByText(/De onderwerpen laden nu niet/)).toBeTruthy();
    expect(screen.getByLabelText('Zoek een app')).toBeTruthy();
  });
});
