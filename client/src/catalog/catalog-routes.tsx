import type { RouteObject } from 'react-router';
import { LoadingPage } from '../ui/loading-page.tsx';
import { appLoader, homeLoader, resultsLoader } from './loaders.ts';
import { AppPage } from './routes/app-page.tsx';
import { HomePage } from './routes/home-page.tsx';
import { ResultsPage } from './routes/results-page.tsx';

/** The resident-facing catalog: home, search results and an app's page. */
export const catalogRoutes: RouteObject[] = [
  { index: true, loader: homeLoader, Component: HomePage, HydrateFallback: LoadingPage },
  { path: 'apps', loader: resultsLoader, Component: ResultsPage, HydrateFallback: LoadingPage },
  { path: 'apps/:slug', loader: appLoader, Component: AppPage, HydrateFallback: LoadingPage },
];
