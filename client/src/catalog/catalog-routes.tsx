import type { RouteObject } from 'react-router';
import { LoadingPage } from '../ui/loading-page.tsx';
import { appLoader, homeLoader, resultsLoader } from './loaders.ts';
import { AppPage } from './routes/app-page.tsx';
import { HomePage } from './routes/home-page.tsx';

/** The resident-facing catalog: home, search results and an app's page. */
// Home and app pages arrive rendered and come with the first load; the results page's code loads
// beside its loader's search, so it costs no wait (docs/decisions/121).
export const catalogRoutes: RouteObject[] = [
  { index: true, loader: homeLoader, Component: HomePage, HydrateFallback: LoadingPage },
  {
    path: 'apps',
    loader: resultsLoader,
    lazy: () => import('./routes/results-page.tsx').then((m) => ({ Component: m.ResultsPage })),
    HydrateFallback: LoadingPage,
  },
  { path: 'apps/:slug', loader: appLoader, Component: AppPage, HydrateFallback: LoadingPage },
];
