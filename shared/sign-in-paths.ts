import type { AssuranceLevel } from './assurance.ts';

/**
 * Where a resident signs in at the DigiD broker, coming back to `returnTo` (a path on this site)
 * and, for a step-up, asking the broker for `level` (decision 021). One spelling for the storefront's
 * sign-in page and step-up notice and for the OpenID Provider's redirects.
 */
export function residentSignInPath(returnTo?: string | null, level?: AssuranceLevel): string {
  const query = new URLSearchParams();
  if (returnTo) query.set('returnTo', returnTo);
  if (level) query.set('acr', level);
  return query.size > 0 ? `/auth/residents/sign-in?${query}` : '/auth/residents/sign-in';
}
