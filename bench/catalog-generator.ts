import { CATALOG_DIR, loadCatalogFiles } from '../server/catalog/catalog-files.ts';
import {
  LISTING_INDEXES,
  LISTINGS,
  type ListingDoc,
  type StoredListingDoc,
  toStored,
} from '../server/listings/listing.documents.ts';
import {
  MUNICIPALITIES,
  type MunicipalityDoc,
  ORGANISATIONS,
  type OrganisationDoc,
} from '../server/municipalities/municipality.documents.ts';
import { DECISION_INDEXES, DECISIONS, type DecisionDoc } from '../server/register/decision.documents.ts';
import { listedBeforeRegister } from '../server/register/register.service.ts';
import { openEmbeddedStore } from '../server/store/embedded.store.ts';
import { CATEGORY_IDS, type CategoryId } from '../shared/categories.ts';
import type { ListingDraft } from '../shared/schemas/listing.ts';

/** The words the search benchmarks look for; the generator plants them at known frequencies. */
export const SEARCH_WORDS = {
  /** In about 40% of the listings (and a prefix of many more words). */
  common: 'geld',
  /** In exactly RARE_COUNT listings. */
  rare: 'kringloopfiets',
  /** One letter dropped from "boodschappen", which about 5% of the listings mention. */
  typo: 'boodschapen',
} as const;
const RARE_COUNT = 5;

/** The municipality whose offer list the list-page benchmark pages through. */
export const BENCH_MUNICIPALITY = 'GM0344';

const PREFIXES = [
  'Budget',
  'Buurt',
  'Zorg',
  'Werk',
  'Taal',
  'Thuis',
  'Samen',
  'Fit',
  'Wijk',
  'Mantel',
  'Geld',
  'Huur',
  'Klus',
  'Dag',
  'Sport',
  'Cultuur',
  'Digi',
  'Energie',
  'Vrijwilligers',
  'Toeslag',
];
const SUFFIXES = ['coach', 'maatje', 'wijzer', 'planner', 'hulp', 'pas', 'punt', 'check', 'vinder', 'gids'];
const FILLER = [
  'afspraken',
  'formulieren',
  'rekeningen',
  'buren',
  'wijkteam',
  'vrijwilligers',
  'agenda',
  'herinneringen',
  'overzicht',
  'contact',
  'ondersteuning',
  'activiteiten',
  'vervoer',
  'maaltijden',
  'medicijnen',
  'sollicitaties',
  'cursussen',
  'toeslagen',
  'huurverhoging',
  'energierekening',
  'eenzaamheid',
  'beweging',
  'gezondheid',
  'brieven',
  'post',
];
const FILLER_EN = [
  'appointments',
  'forms',
  'bills',
  'neighbours',
  'reminders',
  'overview',
  'support',
  'activities',
  'transport',
  'meals',
  'medicines',
  'courses',
  'benefits',
  'health',
  'letters',
];

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same catalog. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface GeneratedCatalog {
  listings: number;
  /** Slugs of generated listings the bench municipality offers, in no particular order. */
  offeredSlugs: string[];
  /** A generated, offered listing to open in the detail and LCP benchmarks. */
  sampleSlug: string;
  /** How many listings each search word was planted in. */
  planted: Record<keyof typeof SEARCH_WORDS, number>;
}

/**
 * Writes a catalog of `count` live listings (plus organisations and municipality offers) straight
 * into a fresh embedded store through the store port, before the server boots on it. Content is
 * modelled on the seed listings in catalog/, so documents have a realistic size and shape; the
 * demo seed still runs at boot and adds its own listings next to these.
 */
export async function generateCatalog(dataDir: string, count = 10_000): Promise<GeneratedCatalog> {
  const random = prng(20_260_101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const files = await loadCatalogFiles(CATALOG_DIR);
  const templates = files.listings.map((l) => l.draft);
  const criteria = files.criteria;

  const organisations: OrganisationDoc[] = [
    ...files.organisations.map((o) => ({ _id: o.id, name: o.name, kvk: o.kvk, website: o.website })),
    ...Array.from({ length: 150 }, (_, i) => ({
      _id: `org-bench-${i}`,
      name: `${pick(PREFIXES)}${pick(SUFFIXES)} B.V. ${i}`,
      kvk: String(70_000_000 + i),
      website: `https://org-bench-${i}.example`,
    })),
  ];

  const planted = { common: 0, rare: 0, typo: 0 };
  const listings: ListingDoc[] = [];
  const offers = new Map(files.municipalities.map((m) => [m.code, [...m.offers]]));
  const offeredSlugs: string[] = [];
  for (let i = 0; i < count; i += 1) {
    // Generated listings have no icon: their media does not exist.
    const { icon: _icon, ...template } = templates[i % templates.length] as ListingDraft;
    const name = `${pick(PREFIXES)}${pick(SUFFIXES)} ${i}`;
    const slug = `bench-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const words = Array.from({ length: 12 }, () => pick(FILLER));
    if (random() < 0.4) {
      words.push(SEARCH_WORDS.common);
      planted.common += 1;
    }
    if (random() < 0.05) {
      words.push('boodschappen');
      planted.typo += 1;
    }
    if (i % Math.floor(count / RARE_COUNT) === 7) {
      words.push(SEARCH_WORDS.rare);
      planted.rare += 1;
    }
    const categories = [...new Set([pick(CATEGORY_IDS), pick(CATEGORY_IDS)])] as CategoryId[];
    const host = `https://${slug}.example`;
    const content: ListingDraft = {
      ...template,
      name,
      tagline: {
        nl: `${name} helpt je met ${words.slice(0, 3).join(', ')}.`,
        en: `${name} helps you with ${Array.from({ length: 3 }, () => pick(FILLER_EN)).join(', ')}.`,
      },
      description: {
        nl: `${template.description.nl} Denk aan ${words.join(', ')}.`,
        en: `${template.description.en} Think of ${Array.from({ length: 10 }, () => pick(FILLER_EN)).join(', ')}.`,
      },
      categories,
      website: host,
      privacyStatementUrl: `${host}/privacy`,
      accessibility: { statementUrl: `${host}/toegankelijkheid`, status: pick(['A', 'B', 'C'] as const) },
      screenshots: [],
      launch: {
        initiateLoginUri: `${host}/launch`,
        initiateLoginMethod: 'GET',
        redirectUris: [`${host}/callback`],
        idTokenSignedResponseAlg: 'RS256',
      },
    };
    const at = new Date(Date.UTC(2025, i % 12, (i % 28) + 1, 9)).toISOString();
    listings.push({
      _id: `lst-bench-${i}`,
      slug,
      organisationId: (organisations[6 + (i % 150)] as OrganisationDoc)._id,
      status: 'live',
      draft: content,
      live: {
        versionId: `ver-bench-${i}`,
        number: 1,
        content,
        approvedAt: at,
        assessment: criteria.map((c) => ({ criterionId: c.id, outcome: 'pass' as const })),
      },
      clientId: `app-bench-${i}`,
      clientSecretHash: null,
      suspension: null,
      openReview: null,
      revision: 0,
      createdAt: at,
      updatedAt: at,
    });
    for (const [code, list] of offers) {
      const share = code === BENCH_MUNICIPALITY ? 0.3 : 0.1;
      if (random() < share) {
        list.push(slug);
        if (code === BENCH_MUNICIPALITY) offeredSlugs.push(slug);
      }
    }
  }

  const municipalities: MunicipalityDoc[] = files.municipalities.map((m) => ({
    _id: m.code,
    name: m.name,
    province: m.province,
    offers: offers.get(m.code) ?? [],
    revision: 0,
  }));

  const store = await openEmbeddedStore(dataDir);
  try {
    await (await store.collection<OrganisationDoc>(ORGANISATIONS)).insertMany(organisations);
    await (await store.collection<MunicipalityDoc>(MUNICIPALITIES)).insertMany(municipalities);
    await (await store.collection<StoredListingDoc>(LISTINGS, LISTING_INDEXES)).insertMany(
      listings.map(toStored),
    );
    // A store this release made holds a register entry for every published app (issue 13).
    const vendorNames = new Map(organisations.map((o) => [o._id, o.name]));
    const titles = new Map(criteria.map((c) => [c.id, c.title]));
    await (await store.collection<DecisionDoc>(DECISIONS, DECISION_INDEXES)).insertMany(
      listings.flatMap((l) =>
        l.live
          ? [listedBeforeRegister({ ...l, live: l.live }, vendorNames.get(l.organisationId) ?? '', titles)]
          : [],
      ),
    );
  } finally {
    await store.close();
  }
  const sampleSlug = offeredSlugs[Math.floor(offeredSlugs.length / 2)] ?? (listings[0] as ListingDoc).slug;
  return { listings: listings.length, offeredSlugs, sampleSlug, planted };
}
