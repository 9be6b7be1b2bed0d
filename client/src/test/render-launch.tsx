import type { RouteObject } from 'react-router';
import { Layout } from '../app/layout.tsx';
import { RouteErrorPage } from '../app/route-error-page.tsx';
import { catalogRoutes } from '../catalog/catalog-routes.tsx';
import { launchRoutes } from '../launch/routes.tsx';
import { renderInProviders } from './render-app.tsx';

/** A stand-in for the sign-in page, which another folder owns, so navigation to it can be seen. */
function SignInStandIn() {
  return <h1>Inloggen</h1>;
}

/**
 * Renders the catalog and launch routes inside the storefront's real layout and providers
 * (the session included), as the app does.
 */
export function renderLaunch(url: string) {
  const routes: RouteObject[] = [
    {
      Component: Layout,
      children: [
        {
          ErrorBoundary: RouteErrorPage,
          children: [...catalogRoutes, ...launchRoutes, { path: 'inloggen', Component: SignInStandIn }],
        },
      ],
    },
  ];
  return renderInProviders(routes, url);
}
