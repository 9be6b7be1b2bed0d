import type { RouteObject } from 'react-router';
import { SignInPage } from './pages/sign-in-page.tsx';

/** Signing in. Add inside the layout's children, next to the catalog routes. */
export const identityRoutes: RouteObject[] = [{ path: 'inloggen', Component: SignInPage }];
