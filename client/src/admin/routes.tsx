import { Outlet, type RouteObject } from 'react-router';
import { RequireRole } from '../identity/components/require-role.tsx';
import { LogPage } from './pages/log-page.tsx';
import { OffersPage } from './pages/offers-page.tsx';

/** The municipality admin pages under `/gemeente`. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'gemeente',
    element: (
      <RequireRole requires="municipality-admin">
        <Outlet />
      </RequireRole>
    ),
    children: [
      { index: true, Component: OffersPage },
      { path: 'logboek', Component: LogPage },
    ],
  },
];
