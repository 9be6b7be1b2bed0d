import type { RouteObject } from 'react-router';

/** Onboarding under `/beheer`; loaded on first visit, so residents' phones never download it. */
export const onboardingRoutes: RouteObject[] = [
  {
    path: 'beheer',
    lazy: () => import('./pages/onboarding-page.tsx').then((m) => ({ Component: m.OnboardingPage })),
  },
];
