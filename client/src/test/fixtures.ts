import { z } from 'zod';
import {
  type AppDetail,
  AppDetailSchema,
  type AppSummary,
  AppSummarySchema,
  type Category,
  CategorySchema,
} from '../../../shared/schemas/catalog.ts';
import { type Problem, ProblemSchema } from '../../../shared/schemas/common.ts';
import { type Municipality, MunicipalitySchema } from '../../../shared/schemas/municipality.ts';

/*
 * Test data factories. Every object goes through the shared schema, so a change in the API
 * contract breaks the fixtures loudly instead of letting the tests drift from reality.
 */

export function buildAppDetail(overrides: Partial<AppDetail> = {}): AppDetail {
  return AppDetailSchema.parse({
    slug: 'budgetcoach',
    name: 'BudgetCoach',
    tagline: {
      nl: 'Zie wat er binnenkomt en uitgaat, en houd geld over.',
      en: 'See what comes in and goes out, and have money left.',
    },
    categories: ['geld-en-schulden'],
    icon: '/media/budgetcoach/icon.svg',
    vendor: { id: 'org-geldfit', name: 'GeldFit' },
    cost: { model: 'free', note: { nl: 'Gratis en zonder reclame.', en: 'Free and without adverts.' } },
    languages: ['nl', 'en'],
    description: {
      nl: 'Met BudgetCoach maak je een overzicht van je inkomen en je vaste lasten.',
      en: 'With BudgetCoach you make an overview of your income and fixed costs.',
    },
    website: 'https://geldfit.example/budgetcoach',
    claims: [
      {
        claim: 'given_name',
        reason: {
          nl: 'De coach spreekt je aan met je voornaam.',
          en: 'The coach calls you by your first name.',
        },
        required: true,
      },
      {
        claim: 'email',
        reason: { nl: 'We sturen je een herinnering.', en: 'We send you a reminder.' },
        required: false,
      },
    ],
    privacyStatementUrl: 'https://geldfit.example/budgetcoach/privacy',
    accessibility: { statementUrl: 'https://geldfit.example/budgetcoach/toegankelijkheid', status: 'A' },
    support: {
      email: 'support@geldfit.example',
      phone: '+31 50 318 4400',
      hours: { nl: 'Werkdagen van 8:30 tot 20:00 uur', en: 'Working days from 8:30 to 20:00' },
    },
    screenshots: [
      {
        src: '/media/budgetcoach/screenshot-1.svg',
        alt: { nl: 'Je maand: inkomen en vaste lasten', en: 'Your month: income and fixed costs' },
      },
    ],
    vetting: {
      version: 2,
      approvedAt: '2026-01-07T09:00:00.000Z',
      criteria: [
        {
          id: 'privacy-statement',
          group: 'privacy',
          title: { nl: 'Er is een duidelijke privacyverklaring', en: 'There is a clear privacy statement' },
          outcome: 'pass',
        },
        {
          id: 'wcag-statement',
          group: 'accessibility',
          title: { nl: 'Er is een toegankelijkheidsverklaring', en: 'There is an accessibility statement' },
          outcome: 'pass',
        },
        {
          id: 'care-evidence',
          group: 'evidence',
          title: { nl: 'Bewijs voor zorgapps', en: 'Evidence for care apps' },
          outcome: 'not-applicable',
        },
      ],
    },
    offeredBy: ['GM0344'],
    ...overrides,
  });
}

/** The summary the list endpoint gives for an app. */
export function toSummary(app: AppDetail): AppSummary {
  return AppSummarySchema.parse({
    slug: app.slug,
    name: app.name,
    tagline: app.tagline,
    categories: app.categories,
    icon: app.icon,
    vendor: app.vendor,
    cost: app.cost,
    languages: app.languages,
  });
}

export function buildCategory(overrides: Partial<Category> = {}): Category {
  return CategorySchema.parse({
    id: 'zorg',
    label: { nl: 'Zorg', en: 'Care' },
    description: { nl: 'Hulp bij zorg thuis.', en: 'Help with care at home.' },
    appCount: 1,
    ...overrides,
  });
}

export function buildMunicipality(overrides: Partial<Municipality> = {}): Municipality {
  return MunicipalitySchema.parse({
    code: 'GM0344',
    name: 'Utrecht',
    province: 'Utrecht',
    offeredApps: 1,
    ...overrides,
  });
}

export function buildProblem(overrides: Partial<Problem> = {}): Problem {
  return ProblemSchema.parse({
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'database timeout at shard 3',
    ...overrides,
  });
}

/** A small catalog the default handlers serve: three apps, two municipalities. */
export function buildCatalog() {
  const apps = [
    buildAppDetail(),
    buildAppDetail({
      slug: 'mantelzorg-planner',
      name: 'Mantelzorg Planner',
      tagline: { nl: 'Verdeel de zorg met familie en buren.', en: 'Share care with family and neighbours.' },
      categories: ['zorg', 'welzijn'],
      vendor: { id: 'org-samen', name: 'Samen Zorgen' },
      cost: { model: 'paid-by-municipality' },
      offeredBy: ['GM0344', 'GM0363'],
    }),
    buildAppDetail({
      slug: 'vacaturematcher',
      name: 'VacatureMatcher',
      tagline: { nl: 'Vind werk dat bij je past.', en: 'Find work that suits you.' },
      categories: ['werk-en-inkomen'],
      vendor: { id: 'org-werkt', name: 'Werkt BV' },
      cost: { model: 'freemium' },
      offeredBy: ['GM0363'],
    }),
  ];
  const categories = z.array(CategorySchema).parse([
    buildCategory({ id: 'zorg', label: { nl: 'Zorg', en: 'Care' }, appCount: 1 }),
    buildCategory({
      id: 'geld-en-schulden',
      label: { nl: 'Geld en schulden', en: 'Money and debt' },
      description: { nl: 'Overzicht in je geld.', en: 'Keeping track of money.' },
      appCount: 1,
    }),
    buildCategory({
      id: 'werk-en-inkomen',
      label: { nl: 'Werk en inkomen', en: 'Work and income' },
      description: { nl: 'Werk zoeken.', en: 'Finding work.' },
      appCount: 1,
    }),
  ]);
  const municipalities = [
    buildMunicipality(),
    buildMunicipality({ code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', offeredApps: 2 }),
  ];
  return { apps, categories, municipalities };
}

export type Catalog = ReturnType<typeof buildCatalog>;
