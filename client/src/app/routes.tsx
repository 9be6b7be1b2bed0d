import type { RouteObject } from 'react-router';
import { adminRoutes } from '../admin/routes.tsx';
import { catalogRoutes } from '../catalog/catalog-routes.tsx';
import { identityRoutes } from '../identity/routes.tsx';
import { incidentRoutes } from '../incidents/routes.tsx';
import { launchRoutes } from '../launch/routes.tsx';
import { vendorRoutes } from '../listings/routes.tsx';
import { notificationRoutes } from '../notifications/routes.tsx';
import { onboardingRoutes } from '../onboarding/routes.tsx';
import { referralRoutes } from '../referrals/routes.tsx';
import { registerRoutes } from '../register/routes.tsx';
import { reviewRoutes } from '../review/routes.tsx';
import { LoadingPage } from '../ui/loading-page.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RootErrorPage, RouteErrorPage } from './route-error-page.tsx';

/**
 * Every route of the storefront. Each domain exports its own list (catalogRoutes, and later
 * vendorRoutes, reviewRoutes, adminRoutes, accountRoutes) and is added here once, inside the
 * layout's children. Domains residents rarely need (vendor, review, admin) are best added with
 * `lazy`, so their code is not part of what every resident's phone downloads.
 */
export const routes: RouteObject[] = [
  {
    Component: Layout,
    ErrorBoundary: RootErrorPage,
    children: [
      {
        // Errors of a page render here, inside the layout, so header and footer stay usable.
        ErrorBoundary: RouteErrorPage,
        // A direct visit to a page that loads on demand shows the layout and "loading" while its
        // code arrives; without it the router renders nothing at all (and warns).
        HydrateFallback: LoadingPage,
        children: [
          ...catalogRoutes,
          ...launchRoutes,
          ...identityRoutes,
          ...vendorRoutes,
          ...reviewRoutes,
          ...adminRoutes,
          ...registerRoutes,
          ...referralRoutes,
          ...notificationRoutes,
          ...incidentRoutes,
          ...onboardingRoutes,
          {
            path: 'toegankelijkheid',
            lazy: () =>
              import('./accessibility-statement-page.tsx').then((m) => ({
                Component: m.AccessibilityStatementPage,
              })),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
