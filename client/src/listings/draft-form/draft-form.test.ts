import { describe, expect, it } from 'vitest';
import { validationMessages } from '../test-support/validation-messages.ts';
import { buildListingDraft } from '../test-support/vendor-fixtures.ts';
import { resolveKey, serverFieldKey, toFieldKey } from './field-key.ts';
import { emptyFormValues, formValuesFromDraft } from './form-values.ts';
import { toDraftCandidate } from './to-draft.ts';
import { validateDraft } from './validate-draft.ts';

const EC_KEY = {
  kty: 'EC' as const,
  crv: 'P-256' as const,
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
  kid: 'app-1',
};

describe('draft form', () => {
  it('round-trips a valid draft through the form values unchanged', () => {
    const draft = buildListingDraft({
      icon: '/media/budgetcoach/icon.svg',
      support: { email: 'a@b.nl', phone: '+31 30 123 4567', hours: { nl: 'Altijd', en: 'Always' } },
      cost: { model: 'freemium', note: { nl: 'Extra’s kosten geld.', en: 'Extras cost money.' } },
      screenshots: [{ src: '/media/budgetcoach/s-1.png', alt: { nl: 'Scherm', en: 'Screen' } }],
    });

    const result = validateDraft(formValuesFromDraft(draft));

    expect(result.errors.size).toBe(0);
    // A draft without a method used a client secret; the form says so explicitly.
    expect(result.draft).toEqual({
      ...draft,
      launch: { ...draft.launch, tokenEndpointAuthMethod: 'client_secret_basic' },
    });
  });

  it.each([
    ['pasted keys', { jwks: { keys: [EC_KEY] } }],
    ['a jwks_uri', { jwksUri: 'https://keys.budgetcoach.example/jwks.json' }],
  ])('round-trips private_key_jwt with %s and a minimum sign-in level', (_label, keys) => {
    const base = buildListingDraft();
    const draft = buildListingDraft({
      launch: {
        ...base.launch,
        tokenEndpointAuthMethod: 'private_key_jwt',
        ...keys,
        minimumAssurance: 'high',
      },
    });

    const result = validateDraft(formValuesFromDraft(draft));

    expect(result.errors.size).toBe(0);
    expect(result.draft).toEqual(draft);
  });

  it('says in words what is wrong with pasted keys or their address, on that field', () => {
    const values = {
      ...formValuesFromDraft(buildListingDraft()),
      tokenEndpointAuthMethod: 'private_key_jwt' as const,
    };
    const notJson = validateDraft({ ...values, jwks: '{"keys": [' }).errors.get('launch.jwks');
    expect(notJson?.(validationMessages)).toMatch(/^Publieke sleutels \(JWKS\): plak JSON/);
    const privateKey = validateDraft({
      ...values,
      jwks: JSON.stringify({ keys: [{ ...EC_KEY, d: 'secret' }] }),
    });
    expect(privateKey.errors.get('launch.jwks.keys.0')?.(validationMessages)).toMatch(
      /alleen publieke sleutels/,
    );
    const noAddress = validateDraft({ ...values, keySource: 'jwksUri', jwksUri: 'ftp://keys.example' });
    expect(noAddress.errors.get('launch.jwksUri')?.(validationMessages)).toMatch(
      /^Adres van de publieke sleutels \(jwks_uri\)/,
    );
    // A client secret needs no keys: none are sent, whatever was typed before.
    const secret = validateDraft({ ...values, tokenEndpointAuthMethod: 'client_secret_basic', jwks: 'x' });
    expect(secret.errors.size).toBe(0);
    expect(secret.draft?.launch.jwks).toBeUndefined();
  });

  it('leaves empty optional fields out, and checks a half-filled pair', () => {
    const values = {
      ...formValuesFromDraft(buildListingDraft()),
      costNoteNl: 'Gratis',
      languages: ' NL , en,',
    };

    const { input } = toDraftCandidate(values);

    expect(input.icon).toBeUndefined();
    expect(input.support.phone).toBeUndefined();
    expect(input.languages).toEqual(['nl', 'en']);
    expect(validateDraft(values).errors.get('cost.note.en')?.(validationMessages)).toBe('Vul dit in.');
  });

  it('names claim errors by claim id, not by their place in the array', () => {
    const values = emptyFormValues();
    values.claims.email.selected = true;
    values.claims.address.selected = true;

    const errors = validateDraft(values).errors;

    expect([...errors.keys()]).toContain('claims.email.reason.nl');
    expect([...errors.keys()]).toContain('claims.address.reason.en');
    expect(toFieldKey(['claims', 1, 'reason', 'nl'], ['email', 'address'])).toBe('claims.address.reason.nl');
  });

  it('makes a newly chosen claim optional until the vendor says the app needs it', () => {
    const values = emptyFormValues();
    values.claims.phone_number.selected = true;
    values.claims.phone_number.reasonNl = 'Om je een sms te sturen.';
    values.claims.phone_number.reasonEn = 'To send you a text message.';

    const { input } = toDraftCandidate(values);

    expect(input.claims).toEqual([expect.objectContaining({ claim: 'phone_number', required: false })]);
  });

  it('maps server field paths onto form fields', () => {
    expect(serverFieldKey('draft.tagline.nl', [])).toBe('tagline.nl');
    expect(serverFieldKey('draft.claims.0.required', ['locale'])).toBe('claims.locale.required');
    expect(serverFieldKey('organisationId', [])).toBeNull();
    const known = new Set(['languages', 'launch.redirectUris']);
    expect(resolveKey('launch.redirectUris.2', known)).toEqual({ key: 'launch.redirectUris', item: 3 });
    expect(resolveKey('nothing.here', known)).toBeNull();
  });
});
