import { Outlet, type RouteObject } from 'react-router';
import { RequireRole } from '../identity/components/require-role.tsx';
import { QueuePage } from './pages/queue-page.tsx';
import { ReviewPage } from './pages/review-page.tsx';
import { SuspensionsPage } from './pages/suspensions-page.tsx';

/** The reviewer workspace under `/beoordelen`, for reviewers only. */
export const reviewRoutes: RouteObject[] = [
  {
    path: 'beoordelen',
    element: (
      <RequireRole requires="reviewer">
        <Outlet />
      </RequireRole>
    ),
    children: [
      { index: true, Component: QueuePage },
      // Before `:versionId`, although react-router ranks a static segment first anyway.
      { path: 'opgeschort', Component: SuspensionsPage },
      { path: ':versionId', Component: ReviewPage },
    ],
  },
];
