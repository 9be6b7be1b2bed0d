import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app.tsx';

describe('language switch', () => {
  it('changes the texts and <html lang> to English, and remembers the choice', async () => {
    const { user, unmount } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vind een app die je helpt' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Find an app that helps you' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Care' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(document.title).toBe('Home | Inwonercloud'));
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    unmount();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Find an app that helps you' })).toBeTruthy();
  });

  it('shows listing content in the chosen language', async () => {
    window.localStorage.setItem('inwonercloud.locale', 'en');
    renderApp('/apps/budgetcoach');

    expect(await screen.findByText('See what comes in and goes out, and have money left.')).toBeTruthy();
    expect(screen.getByText('The app knows your first name.')).toBeTruthy();
    expect(
      screen.getByText('Why the app asks for this: The coach calls you by your first name.'),
    ).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
