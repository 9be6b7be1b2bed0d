import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../test/axe.ts';
import { renderApp } from '../test/render-app.tsx';

const PAGES = [
  { url: '/', heading: 'Vind een app die je helpt' },
  { url: '/apps?municipality=all', heading: 'Alle apps' },
  { url: '/apps?q=niets&municipality=all', heading: 'Alle apps' },
  { url: '/apps/budgetcoach', heading: 'BudgetCoach' },
  { url: '/toegankelijkheid', heading: 'Toegankelijkheidsverklaring' },
  { url: '/bestaat-niet', heading: 'Pagina niet gevonden' },
];

describe('accessibility of every page', () => {
  it.each(PAGES)('$url has one h1, landmarks and no axe violations', async ({ url, heading }) => {
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    await screen.findAllByRole('option', { name: 'Utrecht' });

    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    await waitFor(() => expect(document.title).toMatch(/ \| Inwonercloud$/));
    // The CSP forbids inline scripts and styles: nothing we render may need them.
    expect(document.querySelectorAll('script, style, [style]')).toHaveLength(0);
    expect(await axeViolations()).toEqual([]);
  });
});
