import type { RouteObject } from 'react-router';

/** `/meldingen`: loaded on first visit. */
export const notificationRoutes: RouteObject[] = [
  {
    path: 'meldingen',
    lazy: () => import('./notifications-page.tsx').then((m) => ({ Component: m.NotificationsPage })),
  },
];
