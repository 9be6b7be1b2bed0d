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
    http.get('*/api/v1/municipalities/GM0344/usage', () =>
      HttpResponse.json({
        code: 'GM0344',
        weeks: [
          '2026-01-05',
          '2026-01-12',
          '2026-01-19',
          '2026-01-26',
          '2026-02-02',
          '2026-02-09',
          '2026-02-16',
          '2026-02-23',
        ],
        apps: state.offers.offers.map((slug) => ({ slug, launches: [9, 9, 9, 9, 3, 4, 5, 6] })),
      }),
    ),
    // Issue 11: residents asked for VacatureMatcher, which Utrecht does not offer yet.
    http.get('*/api/v1/municipalities/GM0344/app-requests', () =>
      HttpResponse.json({
        code: 'GM0344',
        items: state.offers.offers.includes('vacaturematcher')
          ? []
          : [{ slug: 'vacaturematcher', residents: 3 }],
      }),
    ),
    http.delete('*/api/v1/municipalities/GM0344/apps/:slug', ({ params }) => {
      state.calls.push(`DELETE ${params.slug}`);
      state.offers = { ...state.offers, offers: state.offers.offers.filter((s) => s !== params.slug) };
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return state;
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

async function findRow(name: string): Promise<HTMLElement> {
  await screen.findByRole('rowheader', { name });
  return rowOf(name);
}

function buttonFor(name: string): HTMLElement {
  return within(rowOf(name)).getByRole('button');
}

describe('municipality admin offers', () => {
  it('shows every live app with a button that says what it does, and the launches of the last 4 weeks', async () => {
    offersApi();
    renderRoutes('/gemeente');

    expect(await screen.findByRole('heading', { level: 1, name: 'Apps aanbieden in Utrecht' })).toBeTruthy();
    expect(screen.getByText('Je gemeente biedt 1 van de 3 apps aan.')).toBeTruthy();
    expect(buttonFor('BudgetCoach').textContent).toBe('Stoppen met aanbieden');
    expect(buttonFor('VacatureMatcher').textContent).toBe('Aanbieden');
    expect(await within(rowOf('BudgetCoach')).findByText('18 keer')).toBeTruthy();
  });

  it('shows beside each app not offered how many residents asked for it, and nothing about who', async () => {
    offersApi();
    renderRoutes('/gemeente');

    const asked = await within(await findRow('VacatureMatcher')).findByText('3 inwoners');
    expect(asked.getAttribute('data-label')).toBe('Gevraagd door inwoners');
    expect(within(rowOf('Mantelzorg Planner')).getByText('0 inwoners')).toBeTruthy();
    // Offered apps have usage figures instead; their requests ended when they were offered.
    expect(within(rowOf('BudgetCoach')).queryByText(/inwoner/)).toBeNull();
    expect(screen.getByText(/Je ziet alleen hoeveel inwoners om een app vragen, niet wie\./)).toBeTruthy();
    const summary = screen.getByRole('heading', { level: 2, name: 'Apps waar inwoners om vragen' });
    expect(summary.nextElementSibling?.textContent).toBe('VacatureMatcher: 3 inwoners');
    expect(
      screen.getByRole('link', { name: 'Bekijk het logboek van je gemeente' }).getAttribute('href'),
    ).toBe('/gemeente/logboek');
  });

  it('offers an app at once, and stops offering another only after saying how much it is used', async () => {
    const api = offersApi();
    const { user } = renderRoutes('/gemeente');
    await screen.findByText('Je gemeente biedt 1 van de 3 apps aan.');
    expect(await screen.findByText('VacatureMatcher: 3 inwoners')).toBeTruthy();

    await user.click(buttonFor('VacatureMatcher'));
    await waitFor(() => expect(buttonFor('VacatureMatcher').textContent).toBe('Stoppen met aanbieden'));
    expect(screen.getByText('VacatureMatcher wordt nu aangeboden.')).toBeTruthy();
    // Offered: the requests are answered, so neither the summary nor the row counts them.
    expect(screen.queryByText('VacatureMatcher: 3 inwoners')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Apps waar inwoners om vragen' })).toBeNull();
    expect(screen.getByText('Je gemeente biedt 2 van de 3 apps aan.')).toBeTruthy();

    await within(rowOf('BudgetCoach')).findByText('18 keer');
    await user.click(buttonFor('BudgetCoach'));
    expect(
      screen.getByText(/Wil je stoppen met BudgetCoach\? .*de afgelopen 4 weken 18 keer geopend/),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Nee, blijven aanbieden' }));
    expect(api.calls).toEqual(['PUT vacaturematcher']);

    await user.click(buttonFor('BudgetCoach'));
    await user.click(screen.getByRole('button', { name: 'Ja, stoppen' }));
    await waitFor(() => expect(buttonFor('BudgetCoach').textContent).toBe('Aanbieden'));
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
          action: 'municipality.offered-app',
          subject: { type: 'municipality', id: 'GM0344' },
          reason: null,
          details: { slug: 'budgetcoach', name: 'BudgetCoach' },
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

    expect(await screen.findByText('App aangeboden: BudgetCoach')).toBeTruthy();
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
