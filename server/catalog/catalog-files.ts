import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { type Criterion, CriterionSchema } from '../../shared/schemas/criteria.ts';
import { type SeedListing, SeedListingSchema } from '../../shared/schemas/listing.ts';
import { type SeedMunicipality, SeedMunicipalitySchema } from '../../shared/schemas/municipality.ts';
import { type Organisation, OrganisationSchema } from '../../shared/schemas/organisation.ts';
import { type Persona, PersonaSchema } from '../../shared/schemas/persona.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { checkCatalog, checkMedia, describeIssues, type Entry } from './catalog-files.checks.ts';

/** The catalog/ folder shipped with the code, wherever the process was started from. */
export const CATALOG_DIR = join(PROJECT_ROOT, 'catalog');

export interface CatalogFiles {
  organisations: Organisation[];
  listings: SeedListing[];
  municipalities: SeedMunicipality[];
  criteria: Criterion[];
  personas: Persona[];
}

/** Every problem found in the catalog data at once, so one run of catalog:check lists them all. */
export class CatalogDataError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The catalog data has ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'CatalogDataError';
    this.problems = problems;
  }
}

async function readJson(path: string, at: string, problems: string[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    problems.push(`${at}: (file): cannot be read`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push(`${at}: (file): not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

function parseEntry<T>(schema: z.ZodType<T>, raw: unknown, at: string, problems: string[]): Entry<T>[] {
  const result = schema.safeParse(raw);
  if (result.success) return [{ at, value: result.data }];
  problems.push(...describeIssues(at, result.error.issues));
  return [];
}

function rawKey(raw: unknown, key: string): string | undefined {
  const value = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

interface ArrayFile<T> {
  entries: Entry<T>[];
  /** `key` of every item, parsed or not. */
  keys: Set<string>;
}

async function readArrayFile<T>(
  dir: string,
  file: string,
  schema: z.ZodType<T>,
  key: string,
  problems: string[],
): Promise<ArrayFile<T>> {
  const raw = await readJson(join(dir, file), file, problems);
  if (raw === undefined) return { entries: [], keys: new Set() };
  if (!Array.isArray(raw)) {
    problems.push(`${file}: (root): expected an array`);
    return { entries: [], keys: new Set() };
  }
  return {
    entries: raw.flatMap((item, index) => parseEntry(schema, item, `${file}[${index}]`, problems)),
    keys: new Set(raw.map((item) => rawKey(item, key)).filter((value) => value !== undefined)),
  };
}

async function readListings(dir: string, problems: string[]): Promise<ArrayFile<SeedListing>> {
  let files: string[];
  try {
    files = (await readdir(join(dir, 'listings'))).filter((file) => !file.startsWith('.')).sort();
  } catch {
    problems.push('listings/: (folder): cannot be read');
    return { entries: [], keys: new Set() };
  }
  const entries: Entry<SeedListing>[] = [];
  const keys = new Set<string>();
  for (const file of files) {
    const at = `listings/${file}`;
    if (!file.endsWith('.json')) {
      problems.push(`${at}: (file): not a .json file`);
      continue;
    }
    const raw = await readJson(join(dir, 'listings', file), at, problems);
    if (raw === undefined) continue;
    keys.add(rawKey(raw, 'slug') ?? file.slice(0, -'.json'.length));
    entries.push(...parseEntry(SeedListingSchema, raw, at, problems));
  }
  return { entries, keys };
}

const values = <T>(entries: Entry<T>[]): T[] => entries.map((entry) => entry.value);

/** Reads and validates the catalog folder; throws one CatalogDataError listing every problem. */
export async function loadCatalogFiles(dir: string): Promise<CatalogFiles> {
  const problems: string[] = [];
  const organisations = await readArrayFile(dir, 'organisations.json', OrganisationSchema, 'id', problems);
  const listings = await readListings(dir, problems);
  const municipalities = await readArrayFile(
    dir,
    'municipalities.json',
    SeedMunicipalitySchema,
    'code',
    problems,
  );
  const criteria = await readArrayFile(dir, 'criteria.json', CriterionSchema, 'id', problems);
  const personas = await readArrayFile(dir, 'personas.json', PersonaSchema, 'id', problems);

  const entries = {
    organisations: organisations.entries,
    listings: listings.entries,
    municipalities: municipalities.entries,
    criteria: criteria.entries,
    personas: personas.entries,
  };
  problems.push(
    ...checkCatalog(entries, {
      organisationIds: organisations.keys,
      listingSlugs: listings.keys,
      municipalityCodes: municipalities.keys,
    }),
    ...(await checkMedia(dir, listings.entries)),
  );
  if (problems.length > 0) throw new CatalogDataError(problems);

  return {
    organisations: values(entries.organisations),
    listings: values(entries.listings),
    municipalities: values(entries.municipalities),
    criteria: values(entries.criteria),
    personas: values(entries.personas),
  };
}
