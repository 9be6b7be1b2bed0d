import type { RouteObject } from 'react-router';

/** `/incidenten` (staff and vendors; the server decides what each may see). Loaded on first visit. */
export const incidentRoutes: RouteObject[] = [
  {
    path: 'incidenten',
    children: [
      {
        index: true,
        lazy: () => import('./incidents-page.tsx').then((m) => ({ Component: m.IncidentsPage })),
      },
      {
        path: ':incidentId',
        lazy: () => import('./incident-page.tsx').then((m) => ({ Component: m.IncidentPage })),
      },
    ],
  },
];
