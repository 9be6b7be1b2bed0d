import { Outlet, type RouteObject } from 'react-router';
import { RequireRole } from '../identity/components/require-role.tsx';
import { EditListingPage } from './pages/edit-listing-page.tsx';
import { ListingDetailPage } from './pages/listing-detail-page.tsx';
import { ListingsPage } from './pages/listings-page.tsx';
import { NewListingPage } from './pages/new-listing-page.tsx';

/** The vendor portal under `/aanbieder`, for members of a vendor organisation only. */
export const vendorRoutes: RouteObject[] = [
  {
    path: 'aanbieder',
    element: (
      <RequireRole requires="vendor">
        <Outlet />
      </RequireRole>
    ),
    children: [
      { index: true, Component: ListingsPage },
      { path: 'nieuw', Component: NewListingPage },
      { path: ':id', Component: ListingDetailPage },
      { path: ':id/bewerken', Component: EditListingPage },
    ],
  },
];
