import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingDraftInput } from '../../../shared/schemas/listing.ts';
import { VendorListingDetailSchema } from '../../../shared/schemas/vendor.ts';
import { buildListingDraft } from '../../factories/listing-draft.ts';
import { buildPerson, signInDirectly } from '../../factories/person.ts';
import { type ApiClient, signedIn } from '../../setup/api-client.ts';
import { expectProblem } from '../../setup/problem.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';

// Issue 9 item 2: what a vendor writes is shown to residents and sends their browsers somewhere.
let demo: TestServer;
let production: TestServer;
let demoVendor: ApiClient;
let productionVendor: ApiClient;

beforeAll(async () => {
  [demo, production] = await Promise.all([
    startTestServer(),
    startTestServer({ DEMO_SIGN_IN: 'off', KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64') }),
  ]);
  demoVendor = await signedIn(demo.url, 'vendor-samensterk');
  productionVendor = await signInDirectly(
    production,
    buildPerson([{ role: 'vendor', organisationId: 'org-samensterk' }]),
  );
});
afterAll(async () => {
  await Promise.all([demo.close(), production.close()]);
});

const create = (vendor: ApiClient, overrides: Partial<ListingDraftInput>) =>
  vendor.post('/api/v1/vendor/listings', { draft: { ...buildListingDraft(), ...overrides } });

/** Sends raw JSON, so a lone surrogate reaches the server as JSON escapes it. */
const createRaw = (vendor: ApiClient, draftJson: string) =>
  vendor.post('/api/v1/vendor/listings', `{"draft":${draftJson}}`);

async function expectFieldError(response: Response, field: string) {
  const problem = await expectProblem(response, 400);
  expect(problem.errors?.map((e) => e.field)).toContain(field);
  return problem;
}

const launch = (initiateLoginUri: string, redirectUri = 'https://testapp.example/callback') => ({
  launch: { initiateLoginUri, redirectUris: [redirectUri], idTokenSignedResponseAlg: 'RS256' as const },
});

describe('listing content', () => {
  describe('names and texts', () => {
    it.each([
      ['a control character', 'Zorg\u0007app'],
      ['a right-to-left override', 'gnp\u202E.exe'],
      ['a bidi isolate', 'Zorg\u2067app'],
      ['only zero-width characters', '\u200B\u200B\u200C\u2060'],
      ['a zero-width space inside', 'Budget\u200BCoach'],
      ['one visible character', 'A\u200B'],
    ])('refuses a name with %s', async (_label, name) => {
      const before = await (await demoVendor.get('/api/v1/vendor/listings')).text();
      await expectFieldError(await create(demoVendor, { name }), 'draft.name');
      expect(await (await demoVendor.get('/api/v1/vendor/listings')).text()).toBe(before);
    });

    it('refuses a name with a lone surrogate', async () => {
      const draft = JSON.stringify(buildListingDraft()).replace(/"name":"[^"]*"/, '"name":"Zorg\\ud800app"');
      await expectFieldError(await createRaw(demoVendor, draft), 'draft.name');
    });

    it('refuses a tagline that reverses its text direction, naming the field', async () => {
      const tagline = { nl: 'Open gnp\u202E.exe', en: 'Fine' };
      await expectFieldError(await create(demoVendor, { tagline }), 'draft.tagline.nl');
    });

    it('keeps line breaks in a description and normalises names to one Unicode form', async () => {
      const name = `Cafe\u0301 ${randomBytes(3).toString('hex')}`;
      const description = { nl: 'Regel een.\nRegel twee.', en: 'Line one.\nLine two.' };
      const response = await create(demoVendor, { name, description });
      expect(response.status).toBe(201);
      const created = VendorListingDetailSchema.parse(await response.json());
      expect(created.draft.name).toBe(name.normalize('NFC'));
      expect(created.draft.description.nl).toBe('Regel een.\nRegel twee.');
    });
  });

  describe("another app's name and media", () => {
    it.each(['BudgetCoach', 'budget coach', 'BÜDGET-COACH', 'Budgetcoach'])(
      "refuses the name of another vendor's app (%s)",
      async (name) => {
        await expectFieldError(await create(demoVendor, { name }), 'draft.name');
      },
    );

    it('refuses renaming a draft to the name of another app', async () => {
      const created = VendorListingDetailSchema.parse(await (await create(demoVendor, {})).json());
      const renamed = await demoVendor.put(`/api/v1/vendor/listings/${created.id}/draft`, {
        draft: buildListingDraft({ name: 'Mantelzorg-planner' }),
      });
      await expectFieldError(renamed, 'draft.name');
    });

    it('lets a draft keep its own name when it is saved again', async () => {
      const draft = buildListingDraft();
      const created = VendorListingDetailSchema.parse(await (await create(demoVendor, draft)).json());
      const saved = await demoVendor.put(`/api/v1/vendor/listings/${created.id}/draft`, { draft });
      expect(saved.status).toBe(200);
    });

    it("refuses another vendor's media files, and takes its own", async () => {
      await expectFieldError(await create(demoVendor, { icon: '/media/budgetcoach/icon.svg' }), 'draft.icon');
      const screenshots = [
        { src: '/media/budgetcoach/screenshot-1.svg', alt: { nl: 'Scherm', en: 'Screen' } },
      ];
      await expectFieldError(await create(demoVendor, { screenshots }), 'draft.screenshots.0.src');
      expect((await create(demoVendor, { icon: '/media/buurtbuddy/icon.svg' })).status).toBe(201);
    });
  });

  describe('launch URLs', () => {
    it.each([
      'https://127.0.0.1/launch',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/launch',
      'https://10.0.0.8/launch',
      'https://192.168.1.10/launch',
      'https://[fe80::1]/launch',
      'https://[::ffff:127.0.0.1]/launch',
      'https://2130706433/launch',
      'https://0x7f.1/launch',
      'https://localhost/launch',
      'https://app.localhost/launch',
      'https://intranet/launch',
      'https://printer.local/launch',
    ])('refuses %s outside demo mode', async (url) => {
      await expectFieldError(await create(productionVendor, launch(url)), 'draft.launch.initiateLoginUri');
    });

    it('refuses the cloud metadata address in demo mode too, and allows localhost there', async () => {
      await expectFieldError(
        await create(demoVendor, launch('https://testapp.example/launch', 'https://169.254.169.254/cb')),
        'draft.launch.redirectUris.0',
      );
      expect((await create(demoVendor, launch('http://localhost:8090/launch'))).status).toBe(201);
    });

    it.each([
      'https://evil.example\\@good.example/callback',
      'https://good.example@evil.example/callback',
      'https://user:pass@testapp.example/callback',
      'https://testapp.example/call back',
    ])('refuses the ambiguous URL %s', async (url) => {
      await expectFieldError(
        await create(productionVendor, launch('https://testapp.example/launch', url)),
        'draft.launch.redirectUris.0',
      );
    });

    it.each(['https://evil.example\\@good.example', 'https://x@good.example'])(
      'refuses the ambiguous website %s',
      async (website) => {
        await expectFieldError(await create(productionVendor, { website }), 'draft.website');
      },
    );

    it('stores launch URLs in their normal form', async () => {
      const response = await create(
        productionVendor,
        launch('HTTPS://TestApp.Example:443/a/../launch', 'https://TESTAPP.example/callback'),
      );
      expect(response.status).toBe(201);
      const created = VendorListingDetailSchema.parse(await response.json());
      expect(created.draft.launch).toMatchObject({
        initiateLoginUri: 'https://testapp.example/launch',
        redirectUris: ['https://testapp.example/callback'],
      });
    });

    describe('jwks_uri (the one URL the platform fetches itself, decision 045)', () => {
      const withKeys = (jwksUri: string) => ({
        launch: {
          ...launch('https://testapp.example/launch').launch,
          tokenEndpointAuthMethod: 'private_key_jwt' as const,
          jwksUri,
        },
      });

      it.each([
        'http://127.0.0.1:9/jwks.json',
        'https://localhost/jwks.json',
        'https://10.0.0.8/jwks.json',
        'http://keys.testapp.example/jwks.json',
      ])('refuses %s outside demo mode, naming the field', async (url) => {
        await expectFieldError(await create(productionVendor, withKeys(url)), 'draft.launch.jwksUri');
      });

      it('refuses the cloud metadata address in demo mode too, and allows loopback http there', async () => {
        await expectFieldError(
          await create(demoVendor, withKeys('http://169.254.169.254/jwks.json')),
          'draft.launch.jwksUri',
        );
        expect((await create(demoVendor, withKeys('http://127.0.0.1:9/jwks.json'))).status).toBe(201);
      });

      it('takes a public https jwks_uri and stores it in its normal form', async () => {
        const response = await create(
          productionVendor,
          withKeys('HTTPS://Keys.TestApp.Example:443/jwks.json'),
        );
        expect(response.status).toBe(201);
        const created = VendorListingDetailSchema.parse(await response.json());
        expect(created.draft.launch.jwksUri).toBe('https://keys.testapp.example/jwks.json');
      });
    });

    it('accepts a public https app', async () => {
      expect((await create(productionVendor, launch('https://93.184.215.14/launch'))).status).toBe(201);
    });
  });
});
