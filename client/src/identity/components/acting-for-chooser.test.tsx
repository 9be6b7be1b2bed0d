import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../shared/schemas/session.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildSession } from '../test-support/session-fixtures.ts';

const UTRECHT = { kind: 'municipality', id: 'GM0344', name: 'Utrecht' } as const;
const AMSTERDAM = { kind: 'municipality', id: 'GM0363', name: 'Amsterdam' } as const;

function milaSession(actingFor: typeof UTRECHT | typeof AMSTERDAM | null): Session {
  const roles = [
    { role: 'municipality-admin', municipality: 'GM0344' },
    { role: 'municipality-admin', municipality: 'GM0363' },
  ] as const;
  return buildSession(actingFor ? roles.filter((r) => r.municipality === actingFor.id) : [...roles], {
    actingFor,
    actingForChoices: [UTRECHT, AMSTERDAM],
  });
}

describe('ActingForChooser', () => {
  it('lets someone with two municipalities choose one, kept by the server', async () => {
    let current: Session = milaSession(null);
    const chosen: unknown[] = [];
    server.use(
      http.get('*/api/v1/session', () => HttpResponse.json(current)),
      http.put('*/api/v1/session/acting-for', async ({ request }) => {
        const body = await request.json();
        chosen.push(body);
        current = milaSession(AMSTERDAM);
        return HttpResponse.json(current);
      }),
      // The sign-in page is the page around the header here, for its title.
      http.get('*/api/v1/session/demo-personas', () => HttpResponse.json([])),
      http.get('*/api/v1/session/sign-in-methods', () =>
        HttpResponse.json({ residents: false, staff: true, demo: false }),
      ),
    );
    renderRoutes('/inloggen');
    const banner = await screen.findByRole('banner');
    const select = await within(banner).findByRole('combobox', { name: 'Ik werk nu voor' });
    expect((select as HTMLSelectElement).value).toBe('');
    expect(within(select).getByRole('option', { name: 'Gemeente Utrecht' })).toBeTruthy();

    await userEvent.selectOptions(select, 'municipality:GM0363');

    await waitFor(() => expect((select as HTMLSelectElement).value).toBe('municipality:GM0363'));
    expect(chosen).toEqual([{ kind: 'municipality', id: 'GM0363' }]);
    await waitFor(() => expect(document.title).toBe('Inloggen | Inwonercloud'));
    expect(await axeViolations()).toEqual([]);
  });

  it('is not shown to someone with one municipality', async () => {
    server.use(
      http.get('*/api/v1/session', () =>
        HttpResponse.json(buildSession([{ role: 'municipality-admin', municipality: 'GM0344' }])),
      ),
    );
    renderRoutes('/');
    const banner = await screen.findByRole('banner');
    await within(banner).findByText(/Ingelogd als/);

    expect(within(banner).queryByRole('combobox', { name: 'Ik werk nu voor' })).toBeNull();
  });
});
