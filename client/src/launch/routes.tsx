import type { RouteObject } from 'react-router';
import { LoadingPage } from '../ui/loading-page.tsx';
import { consentLoader } from './loaders.ts';
import { ConsentPage } from './routes/consent-page.tsx';
import { MyAppsPage } from './routes/my-apps-page.tsx';

/** Consent and "Mijn apps". Add inside the layout's children, next to the catalog routes. */
export const launchRoutes: RouteObject[] = [
  {
    path: 'apps/:slug/toestemming',
    loader: consentLoader,
    Component: ConsentPage,
    HydrateFallback: LoadingPage,
  },
  { path: 'mijn-apps', Component: MyAppsPage },
];
