import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionHandler, vendorSession } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildListingDetail, buildListingDraft } from '../test-support/vendor-fixtures.ts';

const ICON_SRC = `/media/budgetcoach/u-${'a'.repeat(32)}.png`;
const SHOT_SRC = `/media/budgetcoach/u-${'b'.repeat(32)}.webp`;

function describedText(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** A few PNG bytes: the component sends what it gets; the server (msw here) judges the content. */
const png = (name = 'icoon.png') =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], name, { type: 'image/png' });

function uploaded(src: string, kind: 'icon' | 'screenshot') {
  return HttpResponse.json(
    {
      src,
      id: src.slice(src.lastIndexOf('/') + 1, src.lastIndexOf('.')),
      kind,
      contentType: kind === 'icon' ? 'image/png' : 'image/webp',
      width: 256,
      height: 256,
      size: 1234,
    },
    { status: 201 },
  );
}

function refused(code: string) {
  return HttpResponse.json(
    {
      type: 'about:blank',
      title: 'Invalid input',
      status: 400,
      code,
      errors: [{ in: 'body', field: '(root)', message: 'refused' }],
    },
    { status: 400, headers: { 'content-type': 'application/problem+json' } },
  );
}

/** The edit page of listing lst-1, answering uploads with `onUpload` and keeping what is saved. */
function editPage(
  onUpload: (request: Request, kind: string | null) => Response | Promise<Response>,
  draft = buildListingDraft(),
) {
  const saved: { draft: Record<string, unknown> }[] = [];
  const listing = buildListingDetail({ draft });
  server.use(
    sessionHandler(vendorSession()),
    http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(listing)),
    http.post('*/api/v1/vendor/listings/lst-1/media', ({ request }) =>
      onUpload(request, new URL(request.url).searchParams.get('kind')),
    ),
    http.put('*/api/v1/vendor/listings/lst-1/draft', async ({ request }) => {
      saved.push((await request.json()) as { draft: Record<string, unknown> });
      return HttpResponse.json(listing);
    }),
  );
  return { ...renderRoutes('/aanbieder/lst-1/bewerken'), saved };
}

describe('images in the listing form', () => {
  it('uploads an icon as a file, shows it, and saves its path in the draft', async () => {
    const sent: { kind: string | null; type: string | null }[] = [];
    const { user, saved } = editPage((request, kind) => {
      sent.push({ kind, type: request.headers.get('content-type') });
      return uploaded(ICON_SRC, 'icon');
    });
    const input = await screen.findByLabelText('Pictogram');
    expect(describedText(input)).toContain('PNG-, JPEG- of WebP-bestand van hoogstens 1 MB');

    await user.upload(input, png());

    const preview = await screen.findByRole('img', { name: 'Het pictogram zoals inwoners het zien' });
    expect(preview.getAttribute('src')).toBe(ICON_SRC);
    expect(sent).toEqual([{ kind: 'icon', type: 'image/png' }]);
    expect(screen.getByRole('status').textContent).toContain('Pictogram: de afbeelding is geüpload.');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.draft.icon).toBe(ICON_SRC);
  });

  it("names the field and says the server's refusal in Dutch", async () => {
    const { user } = editPage(() => refused('media-dimensions'));
    const input = await screen.findByLabelText('Pictogram');

    await user.upload(input, png());

    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(input)).toContain(
      'Pictogram: de afbeelding moet minstens 64 × 64 en hoogstens 2048 × 2048 pixels zijn.',
    );
    expect(screen.queryByRole('img', { name: 'Het pictogram zoals inwoners het zien' })).toBeNull();
  });

  it('refuses another type or a file over the limit before sending anything', async () => {
    editPage(() => {
      throw new Error('nothing may be sent');
    });
    const input = await screen.findByLabelText('Pictogram');

    fireEvent.change(input, {
      target: { files: [new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' })] },
    });
    await waitFor(() =>
      expect(describedText(input)).toContain('Pictogram: kies een PNG-, JPEG- of WebP-bestand.'),
    );

    const big = new File([new Uint8Array(1024 * 1024 + 1)], 'groot.png', { type: 'image/png' });
    fireEvent.change(input, { target: { files: [big] } });
    await waitFor(() =>
      expect(describedText(input)).toContain(
        'Pictogram: het bestand is te groot. Het mag hoogstens 1 MB zijn.',
      ),
    );
  });

  it('adds a screenshot with its descriptions, and removes the icon', async () => {
    const { user, saved } = editPage(
      () => uploaded(SHOT_SRC, 'screenshot'),
      buildListingDraft({ icon: ICON_SRC }),
    );
    await screen.findByRole('img', { name: 'Het pictogram zoals inwoners het zien' });

    await user.click(screen.getByRole('button', { name: 'Pictogram weghalen' }));
    expect(screen.queryByRole('img', { name: 'Het pictogram zoals inwoners het zien' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Schermafbeelding toevoegen' }));
    const row = screen.getByRole('group', { name: 'Schermafbeelding 1' });
    await user.upload(within(row).getByLabelText('Afbeelding voor schermafbeelding 1'), png('scherm.png'));
    await user.type(
      within(row).getByRole('textbox', { name: 'Wat is er te zien? (Nederlands)' }),
      'Het overzicht',
    );
    await user.type(
      within(row).getByRole('textbox', { name: 'Wat is er te zien? (Engels)' }),
      'The overview',
    );
    expect(within(row).getByRole('img', { name: 'Het overzicht' }).getAttribute('src')).toBe(SHOT_SRC);

    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.draft.icon).toBeUndefined();
    expect(saved[0]?.draft.screenshots).toEqual([
      { src: SHOT_SRC, alt: { nl: 'Het overzicht', en: 'The overview' } },
    ]);
  }, 15_000);

  it('asks for an image in an empty screenshot row, naming it in the summary; no axe violations', async () => {
    const { user, saved } = editPage(() => uploaded(SHOT_SRC, 'screenshot'));
    await user.click(await screen.findByRole('button', { name: 'Schermafbeelding toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    const summary = screen
      .getByRole('heading', { name: 'Er gaat iets mis. Verbeter dit:' })
      .closest('div[tabindex]');
    if (!(summary instanceof HTMLElement)) throw new Error('no error summary');
    const texts = within(summary)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(texts).toContain('Afbeelding voor schermafbeelding 1: Kies een afbeelding.');
    expect(saved).toEqual([]);
    expect(await axeViolations()).toEqual([]);
    // axe over a long form: slow on a busy machine.
  }, 15_000);

  it('offers no upload before the listing is saved', async () => {
    server.use(sessionHandler(vendorSession()));
    renderRoutes('/aanbieder/nieuw');
    await screen.findByText(
      'Een pictogram en schermafbeeldingen kun je toevoegen nadat je het concept hebt opgeslagen.',
    );
    expect(screen.queryByLabelText('Pictogram')).toBeNull();
  });
});
