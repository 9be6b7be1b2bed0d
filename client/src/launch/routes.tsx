import type { RouteObject } from 'react-router';
import { LoadingPage } from '../ui/loading-page.tsx';
import { consentLoader } from './loaders.ts';

/** Consent and "Mijn apps". Add inside the layout's children, next to the catalog routes. */
// The pages load on first visit, not with the home and app pages (docs/decisions/121); the
// consent page's loader is here, so the app's data and the page's code load side by side.
export const launchRoutes: RouteObject[] = [
  {
    path: 'apps/:slug/toestemming',
    loader: consentLoader,
    lazy: () => import('./routes/consent-page.tsx').then((m) => ({ Component: m.ConsentPage })),
    HydrateFallback: LoadingPage,
  },
  {
    path: 'mijn-apps',
    lazy: () => import('./routes/my-apps-page.tsx').then((m) => ({ Component: m.MyAppsPage })),
  },
];
