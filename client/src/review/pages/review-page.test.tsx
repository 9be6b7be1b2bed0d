import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AuditEventSchema } from '../../../../shared/schemas/audit.ts';
import type { ReviewDetail } from '../../../../shared/schemas/review.ts';
import { reviewerSession, sessionHandler } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { buildProblem } from '../../test/fixtures.ts';
import { problemResponse } from '../../test/handlers.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildCriteria, buildReviewDetail } from '../test-support/review-fixtures.ts';

/** A tiny stand-in for the review API that keeps one version's state between requests. */
function reviewApi(initial: ReviewDetail) {
  const state = { detail: initial, assessments: [] as unknown[], decisions: [] as unknown[], loads: 0 };
  const auditEvent = AuditEventSchema.parse({
    id: 'evt-1',
    at: '2026-01-20T09:00:00.000Z',
    actor: { id: 'bram', name: 'Bram Bakker' },
    action: 'version.submitted',
    subject: { type: 'listing', id: 'lst-1' },
    reason: null,
    details: { number: 2 },
  });
  server.use(
    sessionHandler(reviewerSession()),
    http.get('*/api/v1/criteria', () => HttpResponse.json(buildCriteria())),
    http.get('*/api/v1/audit', ({ request }) => {
      const subject = new URL(request.url).searchParams.get('subject');
      return HttpResponse.json({
        items: subject === 'lst-1' ? [auditEvent] : [],
        total: 1,
        page: 1,
        pageSize: 50,
      });
    }),
    http.get('*/api/v1/reviews/ver-2', () => {
      state.loads += 1;
      return HttpResponse.json(state.detail);
    }),
    http.post('*/api/v1/reviews/ver-2/claim', () => {
      state.detail = {
        ...state.detail,
        status: 'in_review',
        reviewers: ['Jan Mulder'],
        reviewerIds: ['rev-1'],
        revision: state.detail.revision + 1,
      };
      return HttpResponse.json(state.detail);
    }),
    http.put('*/api/v1/reviews/ver-2/assessment', async ({ request }) => {
      const body = (await request.json()) as { criteria: ReviewDetail['assessments'][number]['criteria'] };
      state.assessments.push(body);
      state.detail = {
        ...state.detail,
        revision: state.detail.revision + 1,
        assessments: [
          {
            reviewerId: 'rev-1',
            reviewerName: 'Ruud Beoordelaar',
            criteria: body.criteria,
            updatedAt: '2026-01-21T10:00:00.000Z',
          },
        ],
      };
      return HttpResponse.json(state.detail);
    }),
    http.post('*/api/v1/reviews/ver-2/decisions', async ({ request }) => {
      state.decisions.push(await request.json());
      return HttpResponse.json(state.detail);
    }),
  );
  return state;
}

describe('review page', () => {
  it('shows the submitted claims with reasons and marks what differs from the live version', async () => {
    reviewApi(buildReviewDetail());
    renderRoutes('/beoordelen/ver-2');

    expect(await screen.findByRole('heading', { level: 1, name: 'BudgetCoach, versie 2' })).toBeTruthy();
    const email = screen.getByRole('heading', { level: 4, name: /E-mailadres/ });
    expect(within(email).getByText('Nieuw')).toBeTruthy();
    expect(screen.getByText('We sturen je een herinnering.')).toBeTruthy();
    const firstName = screen.getByRole('heading', { level: 4, name: /Voornaam/ });
    expect(within(firstName).queryByText('Nieuw')).toBeNull();
    const redirect = screen.getByText('https://geldfit.example/callback-v2').closest('.ic-changed');
    expect(redirect?.textContent).toContain('Gewijzigd');
    expect(await screen.findByText('Versie ingediend: versie 2')).toBeTruthy();
    expect(screen.queryByText('version.submitted')).toBeNull();
  });

  it('shows how the app’s sign-in starts (GET or POST) and marks a change of method', async () => {
    const detail = buildReviewDetail();
    reviewApi({
      ...detail,
      content: { ...detail.content, launch: { ...detail.content.launch, initiateLoginMethod: 'POST' } },
    });
    renderRoutes('/beoordelen/ver-2');

    const method = await screen.findByText('POST: de gegevens gaan mee in een formulier');
    expect(method.closest('.ic-changed')?.textContent).toContain('Gewijzigd');
  });

  it('claims the version, saves an assessment per criterion and approves', async () => {
    const api = reviewApi(buildReviewDetail());
    const { user } = renderRoutes('/beoordelen/ver-2');

    await user.click(await screen.findByRole('button', { name: 'Oppakken' }));
    expect(await screen.findByText('Je hebt deze versie opgepakt.')).toBeTruthy();

    const privacy = screen.getByRole('group', { name: 'Er is een duidelijke privacyverklaring (verplicht)' });
    await user.click(within(privacy).getByRole('radio', { name: 'Voldoet' }));
    const minimal = screen.getByRole('group', { name: 'De app vraagt alleen wat nodig is (verplicht)' });
    await user.click(within(minimal).getByRole('radio', { name: 'Voldoet' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Toelichting bij: De app vraagt alleen wat nodig is' }),
      'E-mail is optioneel.',
    );
    const evidence = screen.getByRole('group', { name: 'Bewijs voor zorgapps' });
    await user.click(within(evidence).getByRole('radio', { name: 'Niet van toepassing' }));
    await user.click(screen.getByRole('button', { name: 'Beoordeling opslaan' }));

    expect(await screen.findByText('Je beoordeling is opgeslagen.')).toBeTruthy();
    expect(api.assessments).toEqual([
      {
        criteria: {
          'privacy-statement': { verdict: 'pass', note: '' },
          'claims-needed': { verdict: 'pass', note: 'E-mail is optioneel.' },
          'care-evidence': { verdict: 'not_applicable', note: '' },
        },
      },
    ]);

    await user.click(screen.getByRole('radio', { name: 'Goedkeuren' }));
    await user.click(screen.getByRole('button', { name: 'Besluit versturen' }));

    expect(await screen.findByText('Je besluit is verstuurd.')).toBeTruthy();
    expect(api.decisions).toEqual([{ decision: 'approve', comment: '', revision: 5 }]);
  });

  it('requires a comment to reject, and says so at the field and at the top', async () => {
    const api = reviewApi(
      buildReviewDetail({ status: 'in_review', reviewers: ['Jan Mulder'], reviewerIds: ['rev-1'] }),
    );
    const { user } = renderRoutes('/beoordelen/ver-2');

    await user.click(await screen.findByRole('radio', { name: 'Afwijzen' }));
    await user.click(screen.getByRole('button', { name: 'Besluit versturen' }));

    const comment = screen.getByRole('textbox', { name: 'Toelichting voor de aanbieder' });
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('link', { name: /Schrijf op waarom/ })).toBeTruthy();
    expect(api.decisions).toEqual([]);

    await user.type(comment, 'De privacyverklaring ontbreekt.');
    expect(comment.getAttribute('aria-invalid')).toBeNull();
    // A rejection is a public decision: it needs a public reason too, apart from the comment (issue 13).
    await user.click(screen.getByRole('button', { name: 'Besluit versturen' }));
    expect(api.decisions).toEqual([]);
    const publicReason = screen.getByRole('textbox', { name: /Openbare reden \(B1/ });
    await user.type(publicReason, 'Er is geen privacyverklaring.');
    expect(screen.getByRole('heading', { name: 'Zo staat het in het register' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Besluit versturen' }));

    await waitFor(() =>
      expect(api.decisions).toEqual([
        {
          decision: 'reject',
          comment: 'De privacyverklaring ontbreekt.',
          revision: 3,
          publicReason: { nl: 'Er is geen privacyverklaring.', en: '' },
        },
      ]),
    );
  });

  it('tells the reviewer when someone else decided first, and reloads', async () => {
    const api = reviewApi(
      buildReviewDetail({ status: 'in_review', reviewers: ['Jan Mulder'], reviewerIds: ['rev-1'] }),
    );
    server.use(
      http.post('*/api/v1/reviews/ver-2/decisions', () => {
        api.detail = { ...api.detail, status: 'approved', approvals: 2, revision: 9 };
        return problemResponse(409, 'Conflict');
      }),
    );
    const { user } = renderRoutes('/beoordelen/ver-2');

    await user.click(await screen.findByRole('radio', { name: 'Goedkeuren' }));
    await user.click(screen.getByRole('button', { name: 'Besluit versturen' }));

    expect(await screen.findByText(/Iemand anders heeft deze versie net veranderd/)).toBeTruthy();
    expect(api.loads).toBe(2);
    expect(await screen.findByText('Deze versie wacht niet (meer) op beoordeling.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Besluit versturen' })).toBeNull();
  });

  it('names, in Dutch, the required points that block an approval, without reloading', async () => {
    const api = reviewApi(
      buildReviewDetail({ status: 'in_review', reviewers: ['Jan Mulder'], reviewerIds: ['rev-1'] }),
    );
    server.use(
      http.post('*/api/v1/reviews/ver-2/decisions', () =>
        HttpResponse.json(
          buildProblem({
            status: 409,
            title: 'Conflict',
            detail: 'Every required criterion must pass first. Not passed: claims-needed.',
            code: 'required-criteria-not-passed',
            errors: [{ in: 'body', field: 'criteria.claims-needed', message: 'must pass' }],
          }),
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderRoutes('/beoordelen/ver-2');

    await user.click(await screen.findByRole('radio', { name: 'Goedkeuren' }));
    await user.click(screen.getByRole('button', { name: 'Besluit versturen' }));

    expect(
      await screen.findByText(/Deze verplichte punten voldoen nog niet .*De app vraagt alleen wat nodig is/),
    ).toBeTruthy();
    expect(screen.queryByText(/Iemand anders/)).toBeNull();
    expect(screen.queryByText(/Every required criterion/)).toBeNull();
    expect(api.loads).toBe(1);
  });

  it('says so when the reviewer approved already', async () => {
    reviewApi(buildReviewDetail({ status: 'in_review', reviewers: ['Jan Mulder'], reviewerIds: ['rev-1'] }));
    server.use(
      http.post('*/api/v1/reviews/ver-2/decisions', () =>
        HttpResponse.json(
          buildProblem({
            status: 409,
            title: 'Conflict',
            detail: 'You approved already.',
            code: 'already-approved',
          }),
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderRoutes('/beoordelen/ver-2');

    await user.click(await screen.findByRole('radio', { name: 'Goedkeuren' }));
    await user.click(screen.getByRole('button', { name: 'Besluit versturen' }));

    expect(await screen.findByText(/Je hebt deze versie al goedgekeurd/)).toBeTruthy();
    expect(screen.queryByText(/Iemand anders/)).toBeNull();
  });

  it('marks only the language that changed and shows what is live now', async () => {
    const base = buildReviewDetail();
    const live = base.liveContent ?? base.content;
    reviewApi(
      buildReviewDetail({
        content: { ...base.content, tagline: { nl: 'Nieuwe korte zin.', en: live.tagline.en } },
      }),
    );
    renderRoutes('/beoordelen/ver-2');

    const row = (await screen.findByText('Nieuwe korte zin.')).closest('dd');
    if (!(row instanceof HTMLElement)) throw new Error('no tagline value');
    expect(within(row).getAllByText('Gewijzigd')).toHaveLength(1);
    expect(within(row).getByText(live.tagline.nl)).toBeTruthy();
    expect(within(row).getByText('Nu live:', { exact: false })).toBeTruthy();
  });

  it('shows the icon and screenshots as images, with what is live now (issue 11 item 15)', async () => {
    const base = buildReviewDetail();
    const live = { ...(base.liveContent ?? base.content), icon: '/media/budgetcoach/icon.svg' };
    const icon = `/media/budgetcoach/u-${'c'.repeat(32)}.png`;
    const shot = {
      src: `/media/budgetcoach/u-${'d'.repeat(32)}.webp`,
      alt: { nl: 'Het overzicht van je uitgaven', en: 'The overview of your spending' },
    };
    reviewApi(
      buildReviewDetail({
        content: { ...base.content, icon, screenshots: [shot] },
        liveContent: live,
        reReview: {
          comparedWith: { versionNumber: 1, approvedAt: '2026-01-10T09:00:00.000Z' },
          requiredApprovals: 1,
          changes: [
            { group: 'texts', field: 'icon', before: live.icon, after: icon },
            { group: 'screenshots', field: 'screenshots', before: [], after: [shot] },
          ],
          criteria: [],
        },
      }),
    );
    renderRoutes('/beoordelen/ver-2');

    const submitted = await screen.findByRole('img', { name: 'Het ingediende pictogram' });
    expect(submitted.getAttribute('src')).toBe(icon);
    expect(screen.getByRole('img', { name: 'Het pictogram dat nu live staat' }).getAttribute('src')).toBe(
      live.icon,
    );
    const table = screen.getByRole('table', { name: 'Veranderingen per veld: oude en nieuwe waarde' });
    expect(within(table).getByRole('img', { name: 'Nieuw pictogram' }).getAttribute('src')).toBe(icon);
    expect(within(table).getByRole('img', { name: 'Oud pictogram' }).getAttribute('src')).toBe(live.icon);
    expect(within(table).getByRole('img', { name: shot.alt.nl }).getAttribute('src')).toBe(shot.src);
    expect(within(table).queryByText(icon)).toBeNull();
  });

  it('has no axe violations while assessing', async () => {
    reviewApi(buildReviewDetail({ status: 'in_review', reviewers: ['Jan Mulder'], reviewerIds: ['rev-1'] }));
    renderRoutes('/beoordelen/ver-2');
    await screen.findByRole('button', { name: 'Beoordeling opslaan' });
    await screen.findByText('Versie ingediend: versie 2');
    expect(await axeViolations()).toEqual([]);
    // axe over the whole review page: slow on a busy machine.
  }, 15_000);
});
