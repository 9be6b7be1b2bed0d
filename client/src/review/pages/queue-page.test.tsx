import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { reviewerSession, sessionHandler } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildQueueItem } from '../test-support/review-fixtures.ts';

function queueHandler(requested: Array<string | null>) {
  return http.get('*/api/v1/reviews', ({ request }) => {
    const status = new URL(request.url).searchParams.get('status');
    requested.push(status);
    const items = [
      buildQueueItem(),
      buildQueueItem({
        versionId: 'ver-7',
        listingId: 'lst-7',
        name: 'Eigen App',
        status: 'in_review',
        approvals: 1,
        mayReview: false,
      }),
    ];
    return HttpResponse.json(status ? items.filter((i) => i.status === status) : items);
  });
}

describe('review queue', () => {
  it('lists versions with approvals, and explains why one may not be reviewed', async () => {
    server.use(sessionHandler(reviewerSession()), queueHandler([]));
    renderRoutes('/beoordelen');

    const row = (await screen.findByRole('rowheader', { name: 'BudgetCoach' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('0/2')).toBeTruthy();
    // Who picked it up and how long it has waited.
    expect(within(row).getByText('Nog niemand')).toBeTruthy();
    expect(within(row).getByText(/^\d+ dagen$|^1 dag$|^sinds vandaag$/)).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Beoordelen' }).getAttribute('href')).toBe(
      '/beoordelen/ver-2',
    );

    const own = screen.getByRole('rowheader', { name: 'Eigen App' }).closest('tr');
    if (!own) throw new Error('no row');
    const button = within(own).getByRole('button', { name: 'Beoordelen' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(within(own).getByText(/Je werkt voor deze aanbieder/)).toBeTruthy();
    expect(within(own).queryByRole('link')).toBeNull();
  });

  it('keeps the status filter in the URL and asks the API for it', async () => {
    const requested: Array<string | null> = [];
    server.use(sessionHandler(reviewerSession()), queueHandler(requested));
    const { user, router } = renderRoutes('/beoordelen');
    await screen.findByRole('rowheader', { name: 'BudgetCoach' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'in_review');
    await user.click(screen.getByRole('button', { name: 'Toon' }));

    await waitFor(() => expect(router.state.location.search).toBe('?status=in_review'));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'BudgetCoach' })).toBeNull());
    expect(screen.getByRole('rowheader', { name: 'Eigen App' })).toBeTruthy();
    expect(requested).toEqual([null, 'in_review']);
  });

  it('starts from the status in the URL', async () => {
    const requested: Array<string | null> = [];
    server.use(sessionHandler(reviewerSession()), queueHandler(requested));
    renderRoutes('/beoordelen?status=submitted');

    await screen.findByRole('rowheader', { name: 'BudgetCoach' });
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('submitted');
    expect(requested).toEqual(['submitted']);
  });

  it('has no axe violations', async () => {
    server.use(sessionHandler(reviewerSession()), queueHandler([]));
    renderRoutes('/beoordelen');
    await screen.findByRole('rowheader', { name: 'BudgetCoach' });
    expect(await axeViolations()).toEqual([]);
  });
});
