import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  type ReviewHistoryPage,
  ReviewHistoryPageSchema,
} from '../../../../shared/schemas/review-history.ts';
import { reviewerSession, sessionHandler } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

function historyPage(overrides: Partial<ReviewHistoryPage> = {}): ReviewHistoryPage {
  return ReviewHistoryPageSchema.parse({
    items: [
      {
        id: 'e2',
        at: '2026-12-01T13:05:00.000Z',
        kind: 'suspend',
        app: { slug: 'budgetcoach', name: 'BudgetCoach' },
        version: null,
        reviewer: { id: 'rev-1', name: 'Jan Mulder' },
        reason: 'Datalek gemeld.',
      },
      {
        id: 'e1',
        at: '2026-11-30T09:00:00.000Z',
        kind: 'approve',
        app: { slug: 'budgetcoach', name: 'BudgetCoach' },
        version: { id: 'ver-2', number: 2 },
        reviewer: { id: 'rev-2', name: 'Lotte de Vries' },
        reason: 'Alles gecontroleerd.',
        final: true,
      },
    ],
    total: 45,
    page: 1,
    pageSize: 20,
    reviewers: [
      { id: 'rev-1', name: 'Jan Mulder' },
      { id: 'rev-2', name: 'Lotte de Vries' },
    ],
    ...overrides,
  });
}

function historyApi() {
  const queries: string[] = [];
  server.use(
    sessionHandler(reviewerSession()),
    http.get('*/api/v1/apps', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 100 })),
    http.get('*/api/v1/review-decisions', ({ request }) => {
      queries.push(new URL(request.url).search);
      return HttpResponse.json(historyPage());
    }),
  );
  return queries;
}

describe('decision history', () => {
  it('lists decisions with readable dates, who decided and why', async () => {
    historyApi();
    renderRoutes('/beoordelen/besluiten');

    const table = await screen.findByRole('table', { name: '45 besluiten' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('1 december 2026 om 14:05');
    expect(rows[1]?.textContent).toContain('Opgeschort');
    expect(rows[2]?.textContent).toContain('Goedgekeurd (definitief, live)');
    expect(within(table).getByRole('link', { name: 'BudgetCoach, versie 2' }).getAttribute('href')).toBe(
      '/beoordelen/ver-2',
    );
    expect(table.textContent).not.toMatch(ISO_DATE);
    expect(screen.getByRole('link', { name: 'Pagina 3' }).getAttribute('href')).toBe(
      '/beoordelen/besluiten?page=3',
    );
    expect(await axeViolations()).toEqual([]);
  }, 20_000);

  it('filters by reviewer, kind and period through the address', async () => {
    const queries = historyApi();
    const { user } = renderRoutes('/beoordelen/besluiten');
    await screen.findByRole('table');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Beoordelaar' }), 'Lotte de Vries');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort besluit' }), 'Afgewezen');
    await user.type(screen.getByLabelText('Vanaf (dag)'), '2026-11-01');
    await user.type(screen.getByLabelText('Tot en met (dag)'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Filter toepassen' }));

    await waitFor(() =>
      expect(queries.at(-1)).toBe('?reviewer=rev-2&kind=reject&from=2026-11-01&to=2026-11-30&pageSize=20'),
    );
  }, 20_000);

  it('refuses a last day before the first day, at the field and at the top', async () => {
    const queries = historyApi();
    const { user } = renderRoutes('/beoordelen/besluiten');
    await screen.findByRole('table');
    const before = queries.length;

    await user.type(screen.getByLabelText('Vanaf (dag)'), '2026-12-02');
    await user.type(screen.getByLabelText('Tot en met (dag)'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Filter toepassen' }));

    expect(screen.getByRole('link', { name: /voor de eerste dag/ })).toBeTruthy();
    expect(screen.getByLabelText('Tot en met (dag)').getAttribute('aria-invalid')).toBe('true');
    expect(queries.length).toBe(before);
  }, 20_000);
});
