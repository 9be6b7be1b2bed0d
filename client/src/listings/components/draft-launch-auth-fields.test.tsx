import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ListingDraft } from '../../../../shared/schemas/listing.ts';
import { sessionHandler, vendorSession } from '../../identity/test-support/session-fixtures.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildListingDetail, buildListingDraft } from '../test-support/vendor-fixtures.ts';

/** Issue 15 part 4 / issue 14: the vendor edits client authentication, keys and the minimum level. */
const EC_KEY = {
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
  kid: 'app-1',
} as const;

function describedText(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** The edit page of lst-1 with `launch`, recording what a save sends; `answer` may refuse it. */
function editPage(launch: Partial<ListingDraft['launch']> = {}, answer?: () => Response) {
  const base = buildListingDraft();
  const listing = buildListingDetail({ draft: { ...base, launch: { ...base.launch, ...launch } } });
  const sent: { draft: ListingDraft }[] = [];
  server.use(
    sessionHandler(vendorSession()),
    http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(listing)),
    http.put('*/api/v1/vendor/listings/lst-1/draft', async ({ request }) => {
      sent.push((await request.json()) as { draft: ListingDraft });
      return answer ? answer() : HttpResponse.json(listing);
    }),
  );
  return { sent, ...renderRoutes('/aanbieder/lst-1/bewerken') };
}

const save = () => screen.getByRole('button', { name: 'Wijzigingen opslaan' });

describe('launch registration: client authentication, keys and minimum level', () => {
  it('saves private_key_jwt with a jwks_uri and a minimum level as part of the draft', async () => {
    const { user, sent } = editPage();
    await user.click(await screen.findByRole('radio', { name: /Met een sleutelpaar \(private_key_jwt\)/ }));
    await user.click(screen.getByRole('radio', { name: 'Op een adres op internet (jwks_uri)' }));
    await user.click(screen.getByRole('textbox', { name: 'Adres van de publieke sleutels (jwks_uri)' }));
    await user.paste('https://keys.budgetcoach.example/jwks.json');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Minimaal niveau van inloggen' }),
      'Hoog (eIDAS hoog)',
    );
    await user.click(save());

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.draft.launch).toMatchObject({
      tokenEndpointAuthMethod: 'private_key_jwt',
      jwksUri: 'https://keys.budgetcoach.example/jwks.json',
      minimumAssurance: 'high',
    });
    expect(sent[0]?.draft.launch.jwks).toBeUndefined();
  }, 15_000);

  it('shows the registered keys, and sends them back unchanged', async () => {
    const { user, sent } = editPage({
      tokenEndpointAuthMethod: 'private_key_jwt',
      jwks: { keys: [EC_KEY] },
      minimumAssurance: 'substantial',
    });
    const keys = await screen.findByRole('textbox', { name: 'Publieke sleutels (JWKS)' });
    expect((keys as HTMLTextAreaElement).value).toContain('"kid": "app-1"');
    expect((screen.getByRole('radio', { name: 'Ik plak ze hier (JWKS)' }) as HTMLInputElement).checked).toBe(
      true,
    );
    await user.click(save());

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.draft.launch.jwks).toEqual({ keys: [EC_KEY] });
    expect(sent[0]?.draft.launch.minimumAssurance).toBe('substantial');
  });

  it('refuses pasted text that is no key set, in Dutch, at the field and in the summary, and sends nothing', async () => {
    const { user, sent } = editPage();
    await user.click(await screen.findByRole('radio', { name: /Met een sleutelpaar/ }));
    const keys = screen.getByRole('textbox', { name: 'Publieke sleutels (JWKS)' });
    await user.click(keys);
    await user.paste('-----BEGIN PRIVATE KEY-----');
    await user.click(save());

    expect(keys.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(keys)).toContain('Publieke sleutels (JWKS): plak JSON zoals {"keys": [ ... ]}');
    const summary = screen.getByRole('heading', { name: 'Er gaat iets mis. Verbeter dit:' }).closest('div');
    if (!summary) throw new Error('no error summary');
    const link = within(summary).getByRole('link', { name: /plak JSON/ });
    await user.click(link);
    expect(document.activeElement).toBe(keys);
    expect(sent).toHaveLength(0);
  });

  it('puts the server’s refusal of a jwks_uri on that field, in Dutch', async () => {
    const problem = () =>
      HttpResponse.json(
        {
          type: 'about:blank',
          title: 'Invalid input',
          status: 400,
          detail: 'Some fields are not valid; see errors.',
          errors: [
            {
              in: 'body',
              field: 'draft.launch.jwksUri',
              message: 'must point at a public host (not loopback or a private network)',
            },
          ],
        },
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      );
    const { user } = editPage(
      { tokenEndpointAuthMethod: 'private_key_jwt', jwksUri: 'https://keys.intern/jwks.json' },
      problem,
    );
    const address = await screen.findByRole('textbox', { name: 'Adres van de publieke sleutels (jwks_uri)' });
    await user.click(save());

    await waitFor(() => expect(address.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(address)).toContain(
      'Gebruik een adres op internet, niet localhost of een intern netwerk.',
    );
  });

  it('says that a client secret deviates from the standard, and has no axe violations', async () => {
    const { user } = editPage();
    // A listing stored without a method used a secret: the label itself says it deviates.
    const secret = await screen.findByRole('radio', {
      name: /Met een geheim \(client secret\).*wijkt af van de standaard/,
    });
    expect((secret as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Je ziet het maar één keer/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /Met een sleutelpaar/ }));
    await user.click(save());

    expect(await axeViolations()).toEqual([]);
  }, 20_000);
});
