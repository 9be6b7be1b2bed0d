import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app.tsx';

describe('municipality chooser', () => {
  it('remembers the chosen municipality on this device', async () => {
    const { user, unmount } = renderApp('/');
    const chooser = screen.getByLabelText('Je gemeente');
    await screen.findByRole('option', { name: 'Utrecht' });

    await user.selectOptions(chooser, 'Utrecht');

    expect(window.localStorage.getItem('inwonercloud.municipality')).toBe('GM0344');
    unmount();
    renderApp('/');
    await screen.findByRole('option', { name: 'Utrecht' });
    expect(screen.getByLabelText('Je gemeente')).toHaveProperty('value', 'GM0344');
  });

  it('makes the results follow a newly chosen municipality', async () => {
    const { router, user } = renderApp('/apps?municipality=all');
    expect(await screen.findByText('3 apps gevonden')).toBeTruthy();
    await screen.findAllByRole('option', { name: 'Amsterdam' });

    await user.selectOptions(screen.getByLabelText('Je gemeente'), 'Amsterdam');

    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('municipality')).toBe('GM0363'),
    );
    expect(await screen.findByText('2 apps gevonden')).toBeTruthy();
  });
});
