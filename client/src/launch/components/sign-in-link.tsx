import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { RouteLink } from '../../ui/link.tsx';

/** A link to sign in that brings the resident back to this page afterwards. */
export function SignInLink({ children }: { children: ReactNode }) {
  const location = useLocation();
  const back = `${location.pathname}${location.search}`;
  return <RouteLink to={`/inloggen?terug=${encodeURIComponent(back)}`}>{children}</RouteLink>;
}
