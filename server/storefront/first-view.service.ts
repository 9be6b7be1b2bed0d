import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import type { FirstViewData, FirstViewRenderer } from '../../shared/first-view.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import { NotFoundError } from '../http/errors.ts';
import { fillTemplate } from './page-template.ts';

export interface StorefrontPage {
  status: 200 | 404;
  html: string;
}

/**
 * The storefront's pages as HTML: home and app pages rendered with the read model's data, an
 * unknown path or app as a 404 with the "not found" page, every other page the empty shell that
 * the browser renders (docs/decisions/092). A page without a query is kept per read-model
 * answer: the read model hands out the same object until something is published.
 */
export function createFirstViewService(deps: {
  templateFile: string;
  rendererFile: string;
  catalog: CatalogService;
  publicUrl: string;
  logger: Logger;
}) {
  let template: Promise<string> | undefined;
  let renderer: Promise<FirstViewRenderer | null> | undefined;
  const rendered = new WeakMap<object, StorefrontPage>();
  // Loaded by ready() once the server listens (serve.ts) rather than on the first visit, which
  // would otherwise wait for a 1 MB import, and not during start-up, which it would slow.

  function loadRenderer(): Promise<FirstViewRenderer | null> {
    renderer ??= existsSync(deps.rendererFile)
      ? import(pathToFileURL(deps.rendererFile).href).then(
          (module: { firstView: FirstViewRenderer }) => module.firstView,
          (error: unknown) => {
            // The pages still work, rendered by the browser alone.
            deps.logger.error({ err: error }, 'the first-view renderer (dist/ssr) failed to load');
            return null;
          },
        )
      : Promise.resolve(null);
    return renderer;
  }

  async function pageData(kind: 'home' | 'app', slug: string): Promise<{ key: object; data: FirstViewData }> {
    if (kind === 'home') {
      const categories = await deps.catalog.listCategories();
      return { key: categories, data: { kind: 'home', categories } };
    }
    try {
      const prepared = await deps.catalog.getApp(slug);
      return { key: prepared, data: { kind: 'app', app: JSON.parse(prepared.bytes.toString('utf8')) } };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      return { key: {}, data: { kind: 'app', app: null } };
    }
  }

  return {
    /** Settles when the renderer is loaded (or known to be missing) and has rendered once. */
    async ready(): Promise<void> {
      const firstView = await loadRenderer();
      if (!firstView) return;
      try {
        await firstView.render(`${deps.publicUrl}/`, { kind: 'not-found' });
      } catch {
        // Reported when a page renders.
      }
    },
    /** The HTML for a page URL (path and query), or null when the storefront is not built. */
    async page(url: string): Promise<StorefrontPage | null> {
      if (!existsSync(deps.templateFile)) return null;
      template ??= readFile(deps.templateFile, 'utf8');
      const shell = await template;
      const firstView = await loadRenderer();
      if (!firstView) return { status: 200, html: shell };
      const [pathname = '/', search = ''] = url.split('?', 2);
      const page = firstView.classify(pathname);
      if (page.kind === 'browser-only') return { status: 200, html: shell };
      const { key, data } =
        page.kind === 'not-found'
          ? { key: {}, data: { kind: 'not-found' } as const }
          : await pageData(page.kind, page.kind === 'app' ? page.slug : '');
      const cacheable = search === '' && page.kind !== 'not-found';
      const cached = cacheable ? rendered.get(key) : undefined;
      if (cached) return cached;
      let view: Awaited<ReturnType<FirstViewRenderer['render']>>;
      try {
        view = await firstView.render(`${deps.publicUrl}${url}`, data);
      } catch (error) {
        // The browser can still render the page: a first view is a head start, not a must.
        deps.logger.error({ err: error, url }, 'first view failed to render');
        return { status: 200, html: shell };
      }
      const canonical = view.status === 200 ? `${deps.publicUrl}${pathname}` : null;
      const result = { status: view.status, html: fillTemplate(shell, view, canonical) };
      if (cacheable && view.status === 200) rendered.set(key, result);
      return result;
    },
  };
}

export type FirstViewService = ReturnType<typeof createFirstViewService>;
