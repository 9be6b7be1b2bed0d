import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  data,
  matchRoutes,
  type RouteObject,
  StaticRouterProvider,
} from 'react-router';
import type { FirstView, FirstViewData, FirstViewPage, FirstViewRenderer } from '../../shared/first-view.ts';
import { AppProviders } from './app/providers.tsx';
import { routes } from './app/routes.tsx';
import { homeLoader } from './catalog/loaders.ts';
import { nl } from './i18n/messages-nl.ts';

/**
 * The storefront's first view, rendered on the server (docs/decisions/092): the same routes and
 * components as in the browser, in Dutch, signed out and without a remembered municipality, with
 * the data the server hands over instead of the loaders' fetches. Bundled by
 * `vite build --ssr`; the server imports it from dist/ssr.
 */
function classify(pathname: string): FirstViewPage {
  const matches = matchRoutes(routes, pathname);
  const leaf = matches?.[matches.length - 1];
  if (!leaf || leaf.route.path === '*') return { kind: 'not-found' };
  if (leaf.route.index && leaf.route.loader === homeLoader) return { kind: 'home' };
  if (leaf.route.path === 'apps/:slug' && leaf.params.slug) return { kind: 'app', slug: leaf.params.slug };
  return { kind: 'browser-only' };
}

/** The route tree with every loader answering from the server's data. */
function withData(tree: RouteObject[], loaded: () => unknown): RouteObject[] {
  return tree.map((route) => {
    const copy = { ...route, ...(route.loader ? { loader: loaded } : {}) } as RouteObject;
    if (route.children) copy.children = withData(route.children, loaded);
    return copy;
  });
}

function loaderResult(page: FirstViewData): unknown {
  if (page.kind === 'home') return { categories: page.categories };
  if (page.kind === 'app' && page.app) return page.app;
  // What the API answers for an unknown app: the error page shows "page not found".
  throw data(null, { status: 404 });
}

const pageTitle = (page: string) => nl['site.pageTitle'].replace('{page}', page);

function headOf(page: FirstViewData, status: number): Pick<FirstView, 'title' | 'description'> {
  if (status === 404) return { title: pageTitle(nl['notFound.title']), description: null };
  if (page.kind === 'app' && page.app) {
    const app = page.app as { name: string; tagline: { nl: string } };
    return { title: pageTitle(app.name), description: app.tagline.nl };
  }
  return { title: pageTitle(nl['home.title']), description: null };
}

async function render(url: string, page: FirstViewData): Promise<FirstView> {
  const handler = createStaticHandler(withData(routes, () => loaderResult(page)));
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`first view of ${url} redirects`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <AppProviders>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>,
  );
  const status = context.statusCode === 404 || page.kind === 'not-found' ? 404 : 200;
  return {
    status,
    html,
    ...headOf(page, status),
    // On a 404 the browser runs the loader itself (a fetch that fails the same way).
    routerData: status === 200 ? JSON.stringify({ loaderData: context.loaderData }) : null,
  };
}

export const firstView: FirstViewRenderer = { classify, render };
