import { Outlet, type RouteObject } from 'react-router';
import { RequireRole } from '../identity/components/require-role.tsx';

/** The public register `/besluiten` and the objection workspaces (issue 13). */
// Pages load on first visit, like the workspaces: the catalog's first view does not carry them.
export const registerRoutes: RouteObject[] = [
  {
    path: 'besluiten',
    children: [
      {
        index: true,
        lazy: () => import('./pages/register-page.tsx').then((m) => ({ Component: m.RegisterPage })),
      },
      {
        path: ':decisionId',
        lazy: () => import('./pages/decision-page.tsx').then((m) => ({ Component: m.DecisionPage })),
      },
    ],
  },
  {
    path: 'beoordelen/bezwaren',
    element: (
      <RequireRole requires="reviewer">
        <Outlet />
      </RequireRole>
    ),
    children: [
      {
        index: true,
        lazy: () => import('./pages/objections-page.tsx').then((m) => ({ Component: m.ObjectionsPage })),
      },
    ],
  },
  {
    path: 'platform/bezwaren',
    element: (
      <RequireRole requires="platform-admin">
        <Outlet />
      </RequireRole>
    ),
    children: [
      {
        index: true,
        lazy: () => import('./pages/overdue-page.tsx').then((m) => ({ Component: m.OverduePage })),
      },
    ],
  },
];
