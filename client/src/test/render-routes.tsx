import { configure } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { adminRoutes } from '../admin/routes.tsx';
import { Layout } from '../app/layout.tsx';
import { identityRoutes } from '../identity/routes.tsx';
import { vendorRoutes } from '../listings/routes.tsx';
import { reviewRoutes } from '../review/routes.tsx';
import { renderInProviders } from './render-app.tsx';

/** A stand-in for the pages these folders do not own, so navigation to them can be seen. */
function Elsewhere() {
  return <h1>Elders</h1>;
}

/**
 * Renders the identity, vendor, review and admin routes inside the storefront's real layout and
 * providers (which hold the session and the header's user menu), at a URL.
 */
export function renderRoutes(url: string) {
  // Each page waits for the session and then its own data; on a busy CI machine that can take
  // longer than Testing Library's default second.
  configure({ asyncUtilTimeout: 3000 });
  const routes: RouteObject[] = [
    {
      Component: Layout,
      children: [
        ...identityRoutes,
        ...vendorRoutes,
        ...reviewRoutes,
        ...adminRoutes,
        { index: true, Component: Elsewhere },
        { path: '*', Component: Elsewhere },
      ],
    },
  ];
  return renderInProviders(routes, url);
}
