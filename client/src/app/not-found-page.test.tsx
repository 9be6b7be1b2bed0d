import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app.tsx';

describe('not-found page', () => {
  it('is shown, inside the normal layout, for an unknown address', async () => {
    renderApp('/deze/pagina/bestaat/niet');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ga naar de homepage' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Pagina niet gevonden | Inwonercloud'));
  });
});
