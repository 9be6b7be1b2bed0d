import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionHandler, vendorSession } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildListingDetail, buildListingSummary } from '../test-support/vendor-fixtures.ts';

describe('vendor listing detail', () => {
  it('shows each version with its steps and the reviewers’ feedback', async () => {
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(buildListingDetail())),
    );
    renderRoutes('/aanbieder/lst-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'BudgetCoach' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('BudgetCoach | Inwonercloud'));
    expect(screen.getByText('Leg beter uit waarom de app je voornaam nodig heeft.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Verloop van versie 2' }).textContent).toContain(
      'Aanpassen gevraagd',
    );
    expect(screen.getByText('2 van 2 goedkeuringen', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Concept bewerken' }).getAttribute('href')).toBe(
      '/aanbieder/lst-1/bewerken',
    );
  });

  it('shows a new client secret once, with a warning, and never stores it', async () => {
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(buildListingDetail())),
      http.post('*/api/v1/vendor/listings/lst-1/client-secrets', () =>
        HttpResponse.json({ clientId: 'client-budgetcoach', clientSecret: 's3cr3t-value' }, { status: 201 }),
      ),
    );
    const { user } = renderRoutes('/aanbieder/lst-1');

    await user.click(await screen.findByRole('button', { name: 'Nieuw client secret' }));

    const field = await screen.findByRole('textbox', { name: 'Je nieuwe client secret' });
    expect((field as HTMLInputElement).value).toBe('s3cr3t-value');
    expect(screen.getByText('Kopieer het secret nu. Je ziet het hierna nooit meer.')).toBeTruthy();
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('s3cr3t-value');
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain('s3cr3t-value');

    await user.click(screen.getByRole('button', { name: 'Ik heb het secret bewaard' }));
    expect(screen.queryByDisplayValue('s3cr3t-value')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nieuw client secret' }));
  });

  it('submits for review and reloads the listing', async () => {
    let submitted = false;
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings/lst-1', () =>
        HttpResponse.json(
          submitted
            ? buildListingDetail({ latestVersion: { id: 'ver-3', number: 3, status: 'submitted' } })
            : buildListingDetail(),
        ),
      ),
      http.post('*/api/v1/vendor/listings/lst-1/submissions', () => {
        submitted = true;
        return HttpResponse.json({ versionId: 'ver-3', number: 3 }, { status: 201 });
      }),
    );
    const { user } = renderRoutes('/aanbieder/lst-1');

    await user.click(await screen.findByRole('button', { name: 'Indienen voor beoordeling' }));

    expect(
      await screen.findByText('Versie 3 is ingediend. Twee beoordelaars gaan ernaar kijken.'),
    ).toBeTruthy();
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Indienen voor beoordeling' }).getAttribute('aria-disabled'),
      ).toBe('true'),
    );
    expect(screen.getByText('Er wordt al een versie beoordeeld. Wacht tot die klaar is.')).toBeTruthy();
  });

  it('drops "the draft is saved" once the vendor submits, and names the pages "Mijn aanbod"', async () => {
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(buildListingDetail())),
      http.put('*/api/v1/vendor/listings/lst-1/draft', () => HttpResponse.json(buildListingDetail())),
      http.post('*/api/v1/vendor/listings/lst-1/submissions', () =>
        HttpResponse.json({ versionId: 'ver-3', number: 3 }, { status: 201 }),
      ),
    );
    const { user } = renderRoutes('/aanbieder/lst-1/bewerken');
    await user.click(await screen.findByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('Het concept is opgeslagen.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Terug naar mijn aanbod' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Indienen voor beoordeling' }));

    expect(await screen.findByText(/Versie 3 is ingediend/)).toBeTruthy();
    expect(screen.queryByText('Het concept is opgeslagen.')).toBeNull();
  });

  it('says "Nog niet live" for a listing that never went live, and titles the list "Mijn aanbod"', async () => {
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings', () =>
        HttpResponse.json([
          buildListingSummary({
            status: 'draft',
            liveVersion: null,
            latestVersion: { id: 'ver-1', number: 1, status: 'submitted' },
          }),
        ]),
      ),
    );
    renderRoutes('/aanbieder');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn aanbod' })).toBeTruthy();
    expect(await screen.findByText('Nog niet live')).toBeTruthy();
    expect(screen.queryByText('Concept')).toBeNull();
  });

  it('withdraws only after a confirm step', async () => {
    let withdrawals = 0;
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(buildListingDetail())),
      http.post('*/api/v1/vendor/listings/lst-1/withdrawal', () => {
        withdrawals += 1;
        return HttpResponse.json(buildListingDetail({ status: 'withdrawn' }));
      }),
    );
    const { user } = renderRoutes('/aanbieder/lst-1');

    await user.click(await screen.findByRole('button', { name: 'Intrekken' }));
    expect(withdrawals).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Nee, niet intrekken' }));
    expect(screen.queryByRole('button', { name: 'Ja, app intrekken' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Intrekken' }));
    await user.click(screen.getByRole('button', { name: 'Ja, app intrekken' }));

    expect(await screen.findByText('De app is ingetrokken.')).toBeTruthy();
    expect(withdrawals).toBe(1);
    expect(screen.queryByRole('button', { name: 'Intrekken' })).toBeNull();
  });

  it('has no axe violations on the list and the detail page', async () => {
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings', () =>
        HttpResponse.json([
          buildListingSummary(),
          buildListingSummary({ id: 'lst-2', slug: 'b', name: 'B', latestVersion: null }),
        ]),
      ),
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(buildListingDetail())),
    );
    const { user } = renderRoutes('/aanbieder');
    const link = await screen.findByRole('link', { name: 'BudgetCoach' });
    expect(await axeViolations()).toEqual([]);

    await user.click(link);
    await screen.findByRole('heading', { level: 1, name: 'BudgetCoach' });
    expect(await axeViolations()).toEqual([]);
  });
});
