import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { VendorListingDetail } from '../../../../shared/schemas/vendor.ts';
import {
  reviewerSession,
  sessionHandler,
  vendorSession,
} from '../../identity/test-support/session-fixtures.ts';
import { buildListingDetail } from '../../listings/test-support/vendor-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildCriteria, buildReviewDetail } from '../test-support/review-fixtures.ts';

function describedText(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function reviewerApi() {
  const decisions: unknown[] = [];
  const detail = buildReviewDetail({ status: 'in_review', reviewers: ['Ruud'], reviewerIds: ['rev-1'] });
  server.use(
    sessionHandler(reviewerSession()),
    http.get('*/api/v1/criteria', () => HttpResponse.json(buildCriteria())),
    http.get('*/api/v1/audit', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 50 })),
    http.get('*/api/v1/reviews/ver-2', () => HttpResponse.json(detail)),
    http.post('*/api/v1/reviews/ver-2/decisions', async ({ request }) => {
      decisions.push(await request.json());
      return HttpResponse.json(detail);
    }),
  );
  return decisions;
}

function listingWithFeedback(overrides: Partial<VendorListingDetail> = {}): VendorListingDetail {
  return buildListingDetail({
    versions: [
      {
        id: 'ver-2',
        number: 2,
        status: 'changes_requested',
        submittedAt: '2026-02-01T10:00:00.000Z',
        approvals: 0,
        timeline: [{ status: 'changes_requested', at: '2026-02-02T13:05:00.000Z' }],
        isLive: false,
        feedback: [
          {
            decision: 'request_changes',
            comment: 'Een paar dingen moeten beter.',
            at: '2026-02-02T13:05:00.000Z',
            fieldComments: [
              { field: 'tagline.nl', comment: 'Schrijf de korte zin in gewone woorden.' },
              {
                field: 'privacyStatementUrl',
                criterion: 'privacy-avg',
                criterionTitle: { nl: 'Voldoet aan de AVG', en: 'Complies with the GDPR' },
                comment: 'De verklaring noemt geen bewaartermijn.',
              },
              {
                criterion: 'support-helpdesk',
                criterionTitle: { nl: 'Er is een helpdesk', en: 'There is a helpdesk' },
                comment: 'Noem de openingstijden.',
              },
            ],
          },
        ],
      },
    ],
    ...overrides,
  });
}

describe('feedback per field', () => {
  it('lets a reviewer attach comments to fields and criteria when asking for changes', {
    timeout: 20_000,
  }, async () => {
    const decisions = reviewerApi();
    const { user } = renderRoutes('/beoordelen/ver-2');

    await user.click(await screen.findByRole('radio', { name: 'Aanpassingen vragen' }));
    await user.type(screen.getByRole('textbox', { name: 'Toelichting voor de aanbieder' }), 'Zie hieronder.');
    await user.click(screen.getByRole('button', { name: 'Opmerking bij een onderdeel toevoegen' }));
    const first = screen.getByRole('group', { name: 'Opmerking 1' });
    expect(document.activeElement).toBe(
      within(first).getByRole('combobox', { name: 'Onderdeel van het formulier' }),
    );
    // Only the claims this version asks for can be pointed at.
    expect(within(first).queryByRole('option', { name: /Geboortedatum/ })).toBeNull();
    // The launch settings too, but public keys only in the form the vendor gave them (none here).
    expect(
      within(first).getByRole('option', { name: 'Hoe je app zich meldt bij Inwonercloud' }),
    ).toBeTruthy();
    expect(within(first).getByRole('option', { name: 'Minimaal niveau van inloggen' })).toBeTruthy();
    expect(within(first).queryByRole('option', { name: /Publieke sleutels/ })).toBeNull();
    await user.selectOptions(
      within(first).getByRole('combobox', { name: 'Onderdeel van het formulier' }),
      'Gegevens die de app vraagt: E-mailadres',
    );
    await user.type(within(first).getByRole('textbox', { name: 'Opmerking' }), 'Waarom is dit nodig?');
    await user.click(screen.getByRole('button', { name: 'Opmerking bij een onderdeel toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Besluit versturen' }));

    // The empty second comment is refused at the top and at the field, and nothing is sent.
    expect(screen.getByRole('link', { name: /Kies een onderdeel of een eis/ })).toBeTruthy();
    expect(decisions).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Opmerking 2 weghalen' }));
    await user.click(screen.getByRole('button', { name: 'Besluit versturen' }));

    await waitFor(() =>
      expect(decisions).toEqual([
        {
          decision: 'request_changes',
          comment: 'Zie hieronder.',
          revision: 3,
          fieldComments: [{ field: 'claims.email', comment: 'Waarom is dit nodig?' }],
        },
      ]),
    );
  });

  it('sends no field comments with an approval', async () => {
    const decisions = reviewerApi();
    const { user } = renderRoutes('/beoordelen/ver-2');

    await user.click(await screen.findByRole('radio', { name: 'Aanpassingen vragen' }));
    await user.click(screen.getByRole('button', { name: 'Opmerking bij een onderdeel toevoegen' }));
    await user.click(screen.getByRole('radio', { name: 'Goedkeuren' }));

    expect(screen.queryByRole('button', { name: 'Opmerking bij een onderdeel toevoegen' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Besluit versturen' }));
    await waitFor(() => expect(decisions).toEqual([{ decision: 'approve', comment: '', revision: 3 }]));
  });

  it("shows the vendor the reviewers' request at the top and each comment beside its field", async () => {
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(listingWithFeedback())),
    );
    const { user } = renderRoutes('/aanbieder/lst-1/bewerken');

    const summary = (
      await screen.findByRole('heading', {
        level: 2,
        name: 'De beoordelaars vragen je versie 2 aan te passen',
      })
    ).closest('section');
    if (!summary) throw new Error('no summary');
    expect(within(summary).getByText('Hun reactie is van 2 februari 2026 om 14:05.')).toBeTruthy();
    expect(within(summary).getByText('Een paar dingen moeten beter.')).toBeTruthy();
    expect(within(summary).getByText('Eis: Er is een helpdesk')).toBeTruthy();

    const tagline = screen.getByRole('textbox', { name: 'Korte zin over de app (Nederlands)' });
    expect(describedText(tagline)).toContain(
      'Opmerking van de beoordelaar: Schrijf de korte zin in gewone woorden.',
    );
    const privacy = screen.getByRole('textbox', { name: 'Adres van de privacyverklaring' });
    expect(describedText(privacy)).toContain(
      'over de eis "Voldoet aan de AVG": De verklaring noemt geen bewaartermijn.',
    );
    expect(describedText(screen.getByRole('textbox', { name: 'Naam van de app' }))).not.toContain(
      'Opmerking',
    );

    await user.click(within(summary).getByRole('link', { name: 'Korte zin over de app (Nederlands)' }));
    expect(document.activeElement).toBe(tagline);
    expect(await axeViolations()).toEqual([]);
    // axe over the whole form takes a while in happy-dom on a busy machine.
  }, 20_000);

  it('shows the comments in English when the portal is in English', async () => {
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(listingWithFeedback())),
    );
    window.localStorage.setItem('inwonercloud.locale', 'en');
    renderRoutes('/aanbieder/lst-1/bewerken');

    expect(
      await screen.findByRole('heading', { level: 2, name: 'The reviewers ask you to change version 2' }),
    ).toBeTruthy();
    expect(screen.getByText('Their feedback is from 2 February 2026 at 14:05.')).toBeTruthy();
    const privacy = screen.getByRole('textbox', { name: /privacy statement/i });
    expect(describedText(privacy)).toContain(`Reviewer's comment on the criterion "Complies with the GDPR"`);
  });

  it('shows no request once the vendor has submitted again', async () => {
    const listing = listingWithFeedback();
    const resubmitted = {
      ...listing,
      versions: [
        { ...listing.versions[0], id: 'ver-3', number: 3, status: 'submitted', feedback: [] },
        ...listing.versions,
      ],
    } as VendorListingDetail;
    server.use(
      sessionHandler(vendorSession()),
      http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(resubmitted)),
    );
    renderRoutes('/aanbieder/lst-1/bewerken');

    const tagline = await screen.findByRole('textbox', { name: 'Korte zin over de app (Nederlands)' });
    expect(screen.queryByText(/De beoordelaars vragen/)).toBeNull();
    expect(describedText(tagline)).not.toContain('Opmerking');
  });
});
