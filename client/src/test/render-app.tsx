import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers.tsx';
import { routes } from '../app/routes.tsx';

/** Renders the whole storefront at a URL, with the real routes, providers and layout. */
export function renderApp(url = '/') {
  return renderInProviders(routes, url);
}

/** Renders the given routes at a URL inside the real providers; returns the router and a user. */
export function renderInProviders(routeObjects: RouteObject[], url: string) {
  const router = createMemoryRouter(routeObjects, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user };
}
