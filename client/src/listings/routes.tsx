import { Outlet, type RouteObject } from 'react-router';
import { RequireRole } from '../identity/components/require-role.tsx';

/** The vendor portal under `/aanbieder`, for members of a vendor organisation only. */
// Pages load on first visit: residents' phones never download the workspaces.
export const vendorRoutes: RouteObject[] = [
  {
    path: 'aanbieder',
    element: (
      <RequireRole requires="vendor">
        <Outlet />
      </RequireRole>
    ),
    children: [
      {
        index: true,
        lazy: () => import('./pages/listings-page.tsx').then((m) => ({ Component: m.ListingsPage })),
      },
      {
        path: 'nieuw',
        lazy: () => import('./pages/new-listing-page.tsx').then((m) => ({ Component: m.NewListingPage })),
      },
      {
        path: ':id',
        lazy: () =>
          import('./pages/listing-detail-page.tsx').then((m) => ({ Component: m.ListingDetailPage })),
      },
      {
        path: ':id/voorbeeld',
        lazy: () =>
          import('./pages/preview-listing-page.tsx').then((m) => ({ Component: m.PreviewListingPage })),
      },
      {
        path: ':id/bewerken',
        lazy: () => import('./pages/edit-listing-page.tsx').then((m) => ({ Component: m.EditListingPage })),
      },
    ],
  },
];
