import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AuditEventSchema } from '../../../../shared/schemas/audit.ts';
import { MunicipalityOffersSchema } from '../../../../shared/schemas/municipality-admin.ts';
import { adminSession, sessionHandler } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';

/** Offers of GM0344 kept between requests; the live apps come from the default catalog handlers. */
function offersApi() {
  const state = {
    offers: MunicipalityOffersSchema.parse({ code: 'GM0344', name: 'Utrecht', offers: ['budgetcoach'] }),
    calls: [] as string[],
  };
  server.use(
    sessionHandler(adminSession()),
    http.get('*/api/v1/municipalities/GM0344/apps', () => HttpResponse.json(state.offers)),
    http.put('*/api/v1/municipalities/GM0344/apps/:slug', ({ params }) => {
      state.calls.push(`PUT ${params.slug}`);
      state.offers = { ...state.offers, offers: [...state.offers.offers, String(params.slug)] };
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete('*/api/v1/municipalities/GM0344/apps/:slug', ({ params }) => {
      state.calls.push(`DELETE ${params.slug}`);
      state.offers = { ...state.offers, offers: state.offers.offers.filter((s) => s !== params.slug) };
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return state;
}

function toggleFor(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row).getByRole('button', { name: 'Aanbieden' });
}

describe('municipality admin offers', () => {
  it('shows every live app with a toggle and the number offered', async () => {
    offersApi();
    renderRoutes('/gemeente');

    expect(await screen.findByRole('heading', { level: 1, name: 'Apps aanbieden in Utrecht' })).toBeTruthy();
    expect(screen.getByText('Je gemeente biedt 1 van de 3 apps aan.')).toBeTruthy();
    expect(toggleFor('BudgetCoach').getAttribute('aria-pressed')).toBe('true');
    expect(toggleFor('VacatureMatcher').getAttribute('aria-pressed')).toBe('false');
    expect(
      screen.getByRole('link', { name: 'Bekijk het logboek van je gemeente' }).getAttribute('href'),
    ).toBe('/gemeente/logboek');
  });

  it('offers an app and stops offering another', async () => {
    const api = offersApi();
    const { user } = renderRoutes('/gemeente');
    await screen.findByText('Je gemeente biedt 1 van de 3 apps aan.');

    await user.click(toggleFor('VacatureMatcher'));
    await waitFor(() => expect(toggleFor('VacatureMatcher').getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByText('VacatureMatcher wordt nu aangeboden.')).toBeTruthy();
    expect(screen.getByText('Je gemeente biedt 2 van de 3 apps aan.')).toBeTruthy();

    await user.click(toggleFor('BudgetCoach'));
    await waitFor(() => expect(toggleFor('BudgetCoach').getAttribute('aria-pressed')).toBe('false'));
    expect(screen.getByText('BudgetCoach wordt niet meer aangeboden.')).toBeTruthy();
    expect(api.calls).toEqual(['PUT vacaturematcher', 'DELETE budgetcoach']);
  });

  it('shows the municipality’s audit events', async () => {
    server.use(
      sessionHandler(adminSession()),
      http.get('*/api/v1/audit', ({ request }) => {
        const subject = new URL(request.url).searchParams.get('subject');
        const item = AuditEventSchema.parse({
          id: 'evt-9',
          at: '2026-02-01T10:00:00.000Z',
          actor: { id: 'adm-1', name: 'Aisha Beheer' },
          action: 'municipality.offer',
          subject: { type: 'municipality', id: 'GM0344' },
          reason: null,
          details: { slug: 'budgetcoach' },
        });
        return HttpResponse.json({
          items: subject === 'GM0344' ? [item] : [],
          total: 1,
          page: 1,
          pageSize: 50,
        });
      }),
    );
    renderRoutes('/gemeente/logboek');

    expect(await screen.findByText('municipality.offer')).toBeTruthy();
    expect(screen.getByText('Aisha Beheer')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Logboek van Utrecht' })).toBeTruthy();
  });

  it('has no axe violations', async () => {
    offersApi();
    renderRoutes('/gemeente');
    await screen.findByText('Je gemeente biedt 1 van de 3 apps aan.');
    expect(await axeViolations()).toEqual([]);
  });
});
