import { Outlet, type RouteObject } from 'react-router';
import { RequireRole } from '../identity/components/require-role.tsx';

/** The reviewer workspace under `/beoordelen`, for reviewers only. */
// Pages load on first visit: residents' phones never download the workspaces.
export const reviewRoutes: RouteObject[] = [
  {
    path: 'beoordelen',
    element: (
      <RequireRole requires="reviewer">
        <Outlet />
      </RequireRole>
    ),
    children: [
      { index: true, lazy: () => import('./pages/queue-page.tsx').then((m) => ({ Component: m.QueuePage })) },
      // Before `:versionId`, although react-router ranks a static segment first anyway.
      {
        path: 'opgeschort',
        lazy: () => import('./pages/suspensions-page.tsx').then((m) => ({ Component: m.SuspensionsPage })),
      },
      {
        path: 'besluiten',
        lazy: () => import('./pages/history-page.tsx').then((m) => ({ Component: m.HistoryPage })),
      },
      {
        path: 'verlopen-bewijs',
        lazy: () =>
          import('./pages/expired-evidence-page.tsx').then((m) => ({ Component: m.ExpiredEvidencePage })),
      },
      {
        path: ':versionId',
        lazy: () => import('./pages/review-page.tsx').then((m) => ({ Component: m.ReviewPage })),
      },
    ],
  },
];
