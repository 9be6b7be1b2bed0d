import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CATALOG_DIR,
  CatalogDataError,
  type CatalogFiles,
  loadCatalogFiles,
} from '../../server/catalog/catalog-files.ts';
import { CATEGORY_IDS } from '../../shared/categories.ts';
import { CRITERION_GROUPS } from '../../shared/schemas/criteria.ts';
import type { Membership } from '../../shared/schemas/persona.ts';

async function problemsOf(dir: string): Promise<string[]> {
  const error = await loadCatalogFiles(dir).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CatalogDataError);
  return (error as CatalogDataError).problems;
}

async function editJson(path: string, edit: (value: Record<string, unknown>) => void): Promise<void> {
  const value = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  edit(value);
  await writeFile(path, JSON.stringify(value, null, 2));
}

describe('catalog data', () => {
  describe('the shipped catalog', () => {
    let catalog: CatalogFiles;
    beforeAll(async () => {
      catalog = await loadCatalogFiles(CATALOG_DIR);
    });

    it('has enough live listings from enough vendors to demo the storefront', () => {
      expect(catalog.listings.length).toBeGreaterThanOrEqual(24);
      expect(catalog.listings.filter((l) => l.status === 'suspended')).toHaveLength(1);
      expect(new Set(catalog.listings.map((l) => l.organisationId)).size).toBeGreaterThanOrEqual(4);
    });

    it('has at least three listings in every category', () => {
      for (const category of CATEGORY_IDS) {
        const count = catalog.listings.filter((l) => l.draft.categories.includes(category)).length;
        expect(count, category).toBeGreaterThanOrEqual(3);
      }
    });

    it('has real municipalities identified by CBS code', () => {
      expect(catalog.municipalities.length).toBeGreaterThanOrEqual(6);
      for (const municipality of catalog.municipalities) expect(municipality.code).toMatch(/^GM\d{4}$/);
      expect(catalog.municipalities.find((m) => m.code === 'GM0344')?.name).toBe('Utrecht');
    });

    it('has criteria in every assessment group, most of them required', () => {
      expect(catalog.criteria.length).toBeGreaterThanOrEqual(10);
      expect(new Set(catalog.criteria.map((c) => c.group))).toEqual(new Set(CRITERION_GROUPS));
      const optional = catalog.criteria.filter((c) => !c.required).length;
      expect(optional).toBeGreaterThan(0);
      expect(optional).toBeLessThan(catalog.criteria.length / 2);
    });

    it('has a persona for every role and residents in more than one municipality', () => {
      const memberships: Membership[] = catalog.personas.flatMap((p) => p.memberships);
      const roles = new Set(memberships.map((m) => m.role));
      expect(roles).toEqual(
        new Set(['resident', 'vendor', 'reviewer', 'municipality-admin', 'platform-admin', 'professional']),
      );
      const residentMunicipalities = new Set(
        memberships.flatMap((m) => (m.role === 'resident' ? [m.municipality] : [])),
      );
      expect(residentMunicipalities.size).toBeGreaterThanOrEqual(2);
      expect(memberships.filter((m) => m.role === 'reviewer').length).toBeGreaterThanOrEqual(2);
    });
  });

  describe('a broken copy of the catalog', () => {
    let dir: string | undefined;
    afterEach(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
      dir = undefined;
    });

    it('reports every problem at once, naming the file and the field', async () => {
      dir = await mkdtemp(join(tmpdir(), 'inwonercloud-catalog-'));
      await cp(CATALOG_DIR, dir, { recursive: true });
      const [first, second, third, fourth] = (await loadCatalogFiles(CATALOG_DIR)).listings.map(
        (l) => l.slug,
      );
      await editJson(join(dir, 'listings', `${first}.json`), (listing) => {
        listing.organisationId = 'org-does-not-exist';
      });
      await rm(join(dir, 'media', `${second}`, 'screenshot-2.svg'));
      await rename(join(dir, 'listings', `${third}.json`), join(dir, 'listings', 'renamed-listing.json'));
      await editJson(join(dir, 'listings', `${fourth}.json`), (listing) => {
        (listing.draft as Record<string, unknown>).featured = true;
      });

      const problems = await problemsOf(dir);

      expect(problems).toEqual(
        expect.arrayContaining([
          `listings/${first}.json: organisationId: unknown organisation "org-does-not-exist"`,
          expect.stringMatching(
            new RegExp(`^listings/${second}\\.json: draft\\.screenshots\\[1\\]\\.src: .*screenshot-2\\.svg`),
          ),
          expect.stringMatching(new RegExp(`^listings/renamed-listing\\.json: slug: "${third}"`)),
          `listings/${fourth}.json: draft.featured: unknown field`,
        ]),
      );
      expect(problems).toHaveLength(4);
    });

    it('reports references to unknown listings, organisations and municipalities', async () => {
      dir = await mkdtemp(join(tmpdir(), 'inwonercloud-catalog-'));
      await cp(CATALOG_DIR, dir, { recursive: true });
      await editJson(join(dir, 'municipalities.json'), (municipalities) => {
        (municipalities as unknown as { offers: string[] }[])[0]?.offers.push('no-such-app');
      });
      await editJson(join(dir, 'personas.json'), (personas) => {
        const list = personas as unknown as { memberships: Record<string, string>[] }[];
        list[0]?.memberships.push({ role: 'resident', municipality: 'GM9999' });
      });

      const problems = await problemsOf(dir);

      expect(problems).toEqual([
        expect.stringMatching(/^municipalities\.json\[0\]: offers\[\d+\]: unknown listing "no-such-app"$/),
        'personas.json[0]: memberships[1].municipality: unknown municipality "GM9999"',
      ]);
    });
  });
});
