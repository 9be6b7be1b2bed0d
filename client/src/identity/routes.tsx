import type { RouteObject } from 'react-router';
import { LoadingPage } from '../ui/loading-page.tsx';

/** Signing in. Add inside the layout's children, next to the catalog routes. */
// Loaded on first visit: the home and app pages' first load does not carry it (docs/decisions/121).
export const identityRoutes: RouteObject[] = [
  {
    path: 'inloggen',
    lazy: () => import('./pages/sign-in-page.tsx').then((m) => ({ Component: m.SignInPage })),
    // A direct visit shows the loading page while the page's code arrives (no empty screen).
    HydrateFallback: LoadingPage,
  },
];
