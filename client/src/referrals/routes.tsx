import { Outlet, type RouteObject } from 'react-router';
import { RequireRole } from '../identity/components/require-role.tsx';

/** Referral by professionals (issue 13 part 4): `/verwijzen` for them, `/verwijzing` for residents. */
export const referralRoutes: RouteObject[] = [
  {
    path: 'verwijzen',
    element: (
      <RequireRole requires="professional">
        <Outlet />
      </RequireRole>
    ),
    children: [
      { index: true, lazy: () => import('./pages/refer-page.tsx').then((m) => ({ Component: m.ReferPage })) },
    ],
  },
  {
    path: 'verwijzing',
    lazy: () => import('./pages/open-referral-page.tsx').then((m) => ({ Component: m.OpenReferralPage })),
  },
];
