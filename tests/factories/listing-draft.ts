import { type ListingDraftInput, ListingDraftSchema } from '../../shared/schemas/listing.ts';

let counter = 0;

/** A valid listing draft; every call gets a unique name. Validated by the shared schema. */
export function buildListingDraft(overrides: Partial<ListingDraftInput> = {}): ListingDraftInput {
  counter += 1;
  const name = overrides.name ?? `Testapp ${counter} ${Math.random().toString(36).slice(2, 7)}`;
  const draft: ListingDraftInput = {
    name,
    tagline: { nl: 'Hulp bij je geldzaken', en: 'Help with your money matters' },
    description: {
      nl: 'Met deze app zie je welke rekeningen je nog moet betalen. Je krijgt een seintje op tijd.',
      en: 'With this app you see which bills you still have to pay. You get a reminder in time.',
    },
    categories: ['geld-en-schulden'],
    website: 'https://testapp.example',
    claims: [
      {
        claim: 'given_name',
        reason: { nl: 'Om je persoonlijk te begroeten.', en: 'To greet you personally.' },
        required: true,
      },
      {
        claim: 'email',
        reason: { nl: 'Om je een herinnering te sturen.', en: 'To send you a reminder.' },
        required: false,
      },
    ],
    privacyStatementUrl: 'https://testapp.example/privacy',
    accessibility: { statementUrl: 'https://testapp.example/toegankelijkheid', status: 'A' },
    languages: ['nl', 'en'],
    support: { email: 'help@testapp.example', phone: '+31 30 123 4567' },
    cost: { model: 'free' },
    screenshots: [],
    launch: {
      initiateLoginUri: 'https://testapp.example/launch',
      redirectUris: ['https://testapp.example/callback'],
      idTokenSignedResponseAlg: 'RS256',
    },
    ...overrides,
  };
  ListingDraftSchema.parse(draft);
  return draft;
}
