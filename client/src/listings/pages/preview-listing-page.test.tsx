import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionHandler, vendorSession } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { problemResponse } from '../../test/handlers.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildListingDetail, buildListingDraft } from '../test-support/vendor-fixtures.ts';

// Issue 11: a vendor previews the public app page built from the draft, before it is published.

const organisations = http.get('*/api/v1/organisations', () =>
  HttpResponse.json({
    items: [{ id: 'org-geldfit', name: 'GeldFit', kvkNumber: '12345678', verifiedAt: null }],
  }),
);

function draftListing() {
  return buildListingDetail({
    status: 'draft',
    liveVersion: null,
    latestVersion: null,
    draft: buildListingDraft({
      name: 'GeldGids',
      tagline: { nl: 'Uitleg over je post van instanties.', en: 'Explains your official letters.' },
    }),
  });
}

describe('vendor preview of the app page', () => {
  it('shows the draft as residents will see it, clearly marked as not published', async () => {
    server.use(
      sessionHandler(vendorSession()),
      organisations,
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(draftListing())),
    );
    renderRoutes('/aanbieder/lst-1/voorbeeld');

    const heading = await screen.findByRole('heading', { level: 1, name: 'GeldGids' });
    const article = heading.closest('article') as HTMLElement;
    expect(screen.getByText('Voorbeeld — nog niet gepubliceerd')).toBeTruthy();
    expect(within(article).getByText('Uitleg over je post van instanties.')).toBeTruthy();
    expect(within(article).getByText('Gemaakt door GeldFit')).toBeTruthy();
    expect(within(article).getByRole('heading', { name: 'Welke gegevens krijgt deze app?' })).toBeTruthy();
    expect(
      within(article).getByText(/Gemeenten controleren je app nadat je hem hebt ingediend/),
    ).toBeTruthy();
    // Nothing a resident could act on: no open button, sign-in or request.
    expect(screen.queryByRole('heading', { name: 'App openen' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Log in/ })).toBeNull();
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex, nofollow',
    );
    await waitFor(() => expect(document.title).toBe('Voorbeeld: GeldGids | Inwonercloud'));
    expect(screen.getByRole('link', { name: 'Terug naar je app' }).getAttribute('href')).toBe(
      '/aanbieder/lst-1',
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('shows nothing of a listing the server does not let this vendor see', async () => {
    server.use(
      sessionHandler(vendorSession()),
      organisations,
      http.get('*/api/v1/vendor/listings/lst-9', () => problemResponse(404, 'Not Found')),
    );
    renderRoutes('/aanbieder/lst-9/voorbeeld');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Voorbeeld van je app-pagina' }),
    ).toBeTruthy();
    expect(await screen.findByText('Dit bestaat niet (meer).')).toBeTruthy();
    expect(screen.queryByText('Voorbeeld — nog niet gepubliceerd')).toBeNull();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('is linked from the listing page', async () => {
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(draftListing())),
    );
    renderRoutes('/aanbieder/lst-1');

    const link = await screen.findByRole('link', { name: 'Bekijk een voorbeeld van de app-pagina' });
    expect(link.getAttribute('href')).toBe('/aanbieder/lst-1/voorbeeld');
  });
});
