import { Outlet, type RouteObject } from 'react-router';
import { RequireRole } from '../identity/components/require-role.tsx';

/** The municipality admin pages under `/gemeente`. */
// Pages load on first visit: residents' phones never download the workspaces.
export const adminRoutes: RouteObject[] = [
  {
    path: 'gemeente',
    element: (
      <RequireRole requires="municipality-admin">
        <Outlet />
      </RequireRole>
    ),
    children: [
      {
        index: true,
        lazy: () => import('./pages/offers-page.tsx').then((m) => ({ Component: m.OffersPage })),
      },
      { path: 'logboek', lazy: () => import('./pages/log-page.tsx').then((m) => ({ Component: m.LogPage })) },
      {
        path: 'voorwaarden',
        lazy: () => import('./pages/conditions-page.tsx').then((m) => ({ Component: m.ConditionsPage })),
      },
    ],
  },
];
