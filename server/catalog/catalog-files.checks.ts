import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { CATEGORY_IDS } from '../../shared/categories.ts';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import type { SeedListing } from '../../shared/schemas/listing.ts';
import type { SeedMunicipality } from '../../shared/schemas/municipality.ts';
import type { Organisation } from '../../shared/schemas/organisation.ts';
import type { Persona } from '../../shared/schemas/persona.ts';

/** A parsed value and where it was read, e.g. `listings/budgetcoach.json` or `personas.json[3]`. */
export interface Entry<T> {
  at: string;
  value: T;
}

export interface CatalogEntries {
  organisations: Entry<Organisation>[];
  listings: Entry<SeedListing>[];
  municipalities: Entry<SeedMunicipality>[];
  criteria: Entry<Criterion>[];
  personas: Entry<Persona>[];
}

/**
 * Keys that exist in the files, including those of entries that failed to parse: a reference to an
 * invalid entry is not reported again, so one mistake gives one problem.
 */
export interface KnownKeys {
  organisationIds: Set<string>;
  listingSlugs: Set<string>;
  municipalityCodes: Set<string>;
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || '(root)';
}

/** One line per zod issue, naming the file and the field; each unknown key gets its own line. */
export function describeIssues(at: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${at}: ${fieldPath([...issue.path, key])}: unknown field`)
      : [`${at}: ${fieldPath(issue.path)}: ${issue.message}`],
  );
}

function checkUnique<T>(entries: Entry<T>[], field: string, keyOf: (value: T) => string): string[] {
  const firstSeen = new Map<string, string>();
  const problems: string[] = [];
  for (const { at, value } of entries) {
    const key = keyOf(value);
    const earlier = firstSeen.get(key);
    if (earlier) problems.push(`${at}: ${field}: "${key}" is already used by ${earlier}`);
    else firstSeen.set(key, at);
  }
  return problems;
}

function checkListings(listings: Entry<SeedListing>[], known: KnownKeys): string[] {
  const problems: string[] = [];
  for (const { at, value } of listings) {
    const fileSlug = at.replace(/^listings\//, '').replace(/\.json$/, '');
    if (value.slug !== fileSlug) {
      problems.push(
        `${at}: slug: "${value.slug}" differs from the file name; name the file ${value.slug}.json`,
      );
    }
    if (!known.organisationIds.has(value.organisationId)) {
      problems.push(`${at}: organisationId: unknown organisation "${value.organisationId}"`);
    }
  }
  for (const category of CATEGORY_IDS) {
    const live = listings.some(
      ({ value }) => value.status === 'live' && value.draft.categories.includes(category),
    );
    if (!live) problems.push(`listings/*.json: draft.categories: no live listing in category "${category}"`);
  }
  return problems;
}

function checkMunicipalities(municipalities: Entry<SeedMunicipality>[], known: KnownKeys): string[] {
  const problems: string[] = [];
  for (const { at, value } of municipalities) {
    const seen = new Set<string>();
    value.offers.forEach((slug, index) => {
      if (!known.listingSlugs.has(slug)) problems.push(`${at}: offers[${index}]: unknown listing "${slug}"`);
      if (seen.has(slug)) problems.push(`${at}: offers[${index}]: "${slug}" is offered twice`);
      seen.add(slug);
    });
  }
  return problems;
}

function checkPersonas(personas: Entry<Persona>[], known: KnownKeys): string[] {
  const problems: string[] = [];
  for (const { at, value } of personas) {
    value.memberships.forEach((membership, index) => {
      const field = `memberships[${index}]`;
      if ('municipality' in membership && !known.municipalityCodes.has(membership.municipality ?? '')) {
        problems.push(`${at}: ${field}.municipality: unknown municipality "${membership.municipality}"`);
      }
      if ('organisationId' in membership && !known.organisationIds.has(membership.organisationId)) {
        problems.push(`${at}: ${field}.organisationId: unknown organisation "${membership.organisationId}"`);
      }
    });
  }
  return problems;
}

/** The re-review rules are data (decision 060): every shipped criterion states them. */
function checkCriteria(criteria: Entry<Criterion>[]): string[] {
  return criteria.flatMap(({ at, value }) =>
    value.reReview ? [] : [`${at}: reReview: required (dependsOn and oneReviewerSuffices)`],
  );
}

/** Cross-file rules the schemas cannot express on their own. */
export function checkCatalog(entries: CatalogEntries, known: KnownKeys): string[] {
  return [
    ...checkUnique(entries.organisations, 'id', (o) => o.id),
    ...checkUnique(entries.organisations, 'kvk', (o) => o.kvk),
    ...checkUnique(entries.listings, 'id', (l) => l.id),
    ...checkUnique(entries.municipalities, 'code', (m) => m.code),
    ...checkUnique(entries.criteria, 'id', (c) => c.id),
    ...checkUnique(entries.personas, 'id', (p) => p.id),
    // Demo sign-in and the launch token identify a persona by email, so two personas cannot share one.
    ...checkUnique(entries.personas, 'profile.email', (p) => p.profile.email),
    ...checkListings(entries.listings, known),
    ...checkMunicipalities(entries.municipalities, known),
    ...checkPersonas(entries.personas, known),
    ...checkCriteria(entries.criteria),
  ];
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Every icon and screenshot exists under `<dir>/media/<slug>/`, so one listing never shows another's images. */
export async function checkMedia(dir: string, listings: Entry<SeedListing>[]): Promise<string[]> {
  const checks = listings.flatMap(({ at, value }) => {
    const media = value.draft.screenshots.map((shot, index) => ({
      field: `draft.screenshots[${index}].src`,
      src: shot.src,
    }));
    if (value.draft.icon) media.unshift({ field: 'draft.icon', src: value.draft.icon });
    return media.map(async ({ field, src }) => {
      if (!src.startsWith(`/media/${value.slug}/`))
        return `${at}: ${field}: "${src}" is not under /media/${value.slug}/`;
      // The schema's pattern allows only [a-z0-9-] segments, so the path cannot leave <dir>/media.
      const exists = await isFile(join(dir, ...src.split('/').filter(Boolean)));
      return exists ? undefined : `${at}: ${field}: media file "${src}" does not exist`;
    });
  });
  return (await Promise.all(checks)).filter((problem): problem is string => problem !== undefined);
}
