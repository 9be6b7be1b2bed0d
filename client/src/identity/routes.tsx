import type { RouteObject } from 'react-router';

/** Signing in. Add inside the layout's children, next to the catalog routes. */
// Loaded on first visit: the home and app pages' first load does not carry it (docs/decisions/121).
export const identityRoutes: RouteObject[] = [
  {
    path: 'inloggen',
    lazy: () => import('./pages/sign-in-page.tsx').then((m) => ({ Component: m.SignInPage })),
  },
];
