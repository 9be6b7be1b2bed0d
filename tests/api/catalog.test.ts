import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalogFiles } from '../../server/catalog/catalog-files.ts';
import { AppDetailSchema, AppListSchema, CategorySchema } from '../../shared/schemas/catalog.ts';
import { MunicipalitySchema } from '../../shared/schemas/municipality.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const get = (path: string) => fetch(`${server.url}${path}`);
async function list(query: string) {
  const response = await get(`/api/v1/apps?${query}`);
  expect(response.status).toBe(200);
  return AppListSchema.parse(await response.json());
}

describe('catalog', () => {
  describe('GET /api/v1/apps', () => {
    it('lists live apps sorted by name, 24 a page by default', async () => {
      const page = await list('');
      expect(page.page).toBe(1);
      expect(page.pageSize).toBe(24);
      expect(page.total).toBeGreaterThanOrEqual(24);
      expect(page.items).toHaveLength(24);
      const names = page.items.map((item) => item.name);
      expect(names).toEqual([...names].sort(new Intl.Collator('nl', { sensitivity: 'base' }).compare));
    });

    it('leaves suspended apps out of the list and the app pages', async () => {
      const files = await loadCatalogFiles(CATALOG_DIR);
      const suspended = files.listings.find((listing) => listing.status === 'suspended');
      expect(suspended, 'the demo catalog has a suspended listing').toBeDefined();
      const all = await list('pageSize=100');
      expect(all.total).toBe(files.listings.length - 1);
      expect(all.items.map((i) => i.slug)).not.toContain(suspended?.slug);
      await expectProblem(await get(`/api/v1/apps/${suspended?.slug}`), 404);
    });

    it('pages through the whole catalog without overlap', async () => {
      const first = await list('pageSize=10&page=1');
      const second = await list('pageSize=10&page=2');
      const firstSlugs = new Set(first.items.map((i) => i.slug));
      expect(second.items.some((i) => firstSlugs.has(i.slug))).toBe(false);
      const beyond = await list('pageSize=10&page=999');
      expect(beyond.items).toEqual([]);
      expect(beyond.total).toBe(first.total);
    });

    it('filters by category', async () => {
      const page = await list('category=geld-en-schulden&pageSize=100');
      expect(page.total).toBeGreaterThanOrEqual(3);
      for (const item of page.items) expect(item.categories).toContain('geld-en-schulden');
    });

    it('filters by municipality to the apps it offers', async () => {
      const municipalities = MunicipalitySchema.array().parse(
        await (await get('/api/v1/municipalities')).json(),
      );
      const utrecht = municipalities.find((m) => m.code === 'GM0344');
      expect(utrecht).toBeDefined();
      const page = await list('municipality=GM0344&pageSize=100');
      expect(page.total).toBe(utrecht?.offeredApps);
      for (const item of page.items) {
        const detail = AppDetailSchema.parse(await (await get(`/api/v1/apps/${item.slug}`)).json());
        expect(detail.offeredBy).toContain('GM0344');
      }
    });

    it('answers an unknown municipality with an empty page', async () => {
      const page = await list('municipality=GM9999');
      expect(page.total).toBe(0);
    });
  });

  describe('search', () => {
    it('ranks a name match first', async () => {
      const all = await list('pageSize=100');
      const target = all.items[5];
      const page = await list(`q=${encodeURIComponent(target?.name ?? '')}`);
      expect(page.items[0]?.slug).toBe(target?.slug);
    });

    it('is case-insensitive and ignores diacritics', async () => {
      const names = (await list('pageSize=100')).items.map((i) => i.name);
      const withDiacritics = names.find((n) => /[\u00C0-\u017F]/.test(n));
      expect(withDiacritics, 'the demo catalog has a name with a diacritic').toBeDefined();
      const plain = (withDiacritics as string)
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toUpperCase();
      const page = await list(`q=${encodeURIComponent(plain)}`);
      expect(page.items[0]?.name).toBe(withDiacritics);
    });

    it('tolerates a typo', async () => {
      const exact = await list('q=schulden');
      expect(exact.total).toBeGreaterThan(0);
      const typo = await list('q=schuldne');
      expect(typo.items.map((i) => i.slug)).toEqual(expect.arrayContaining([exact.items[0]?.slug]));
    });

    it('searches vendor names and categories', async () => {
      const first = (await list('pageSize=1')).items[0];
      const byVendor = await list(`q=${encodeURIComponent(first?.vendor.name ?? '')}&pageSize=100`);
      expect(byVendor.items.map((i) => i.slug)).toContain(first?.slug);
      const byCategory = await list('q=wonen&pageSize=100');
      expect(byCategory.items.some((i) => i.categories.includes('wonen'))).toBe(true);
    });

    it('combines search with filters', async () => {
      const page = await list('q=schulden&category=geld-en-schulden');
      for (const item of page.items) expect(item.categories).toContain('geld-en-schulden');
    });

    it('finds nothing for nonsense', async () => {
      expect((await list('q=qqqxxzzz')).total).toBe(0);
    });
  });

  describe('GET /api/v1/apps/{slug}', () => {
    it('returns the app page with claims, statements and the vetting result', async () => {
      const slug = (await list('pageSize=1')).items[0]?.slug;
      const response = await get(`/api/v1/apps/${slug}`);
      expect(response.status).toBe(200);
      const app = AppDetailSchema.parse(await response.json());
      expect(app.slug).toBe(slug);
      expect(app.vetting.criteria.length).toBeGreaterThanOrEqual(10);
      expect(app.vetting.approvedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(JSON.stringify(app)).not.toMatch(/reviewer/i);
    });

    it('answers 404 problem+json for an unknown app', async () => {
      const problem = await expectProblem(await get('/api/v1/apps/does-not-exist'), 404);
      expect(problem.detail).toContain('does-not-exist');
    });

    it('answers 400 naming the path parameter for a malformed slug', async () => {
      const problem = await expectProblem(await get('/api/v1/apps/Not_A_Slug'), 400);
      expect(problem.errors).toEqual([expect.objectContaining({ in: 'path', field: 'slug' })]);
    });
  });

  describe('GET /api/v1/categories', () => {
    it('returns the six categories with counts', async () => {
      const categories = CategorySchema.array().parse(await (await get('/api/v1/categories')).json());
      expect(categories.map((c) => c.id)).toEqual([
        'zorg',
        'welzijn',
        'wonen',
        'werk-en-inkomen',
        'geld-en-schulden',
        'meedoen',
      ]);
      for (const category of categories) expect(category.appCount).toBeGreaterThanOrEqual(3);
    });
  });

  describe('GET /api/v1/municipalities', () => {
    it('returns real municipalities by CBS code', async () => {
      const municipalities = MunicipalitySchema.array().parse(
        await (await get('/api/v1/municipalities')).json(),
      );
      expect(municipalities.length).toBeGreaterThanOrEqual(6);
      expect(municipalities.find((m) => m.code === 'GM0344')?.name).toBe('Utrecht');
    });
  });
});
