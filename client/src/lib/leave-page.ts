/**
 * Loads a path the server answers, leaving the single-page app (an app's sign-in at the
 * platform's OpenID Provider, issue 15). One place, so tests can replace it.
 */
export function leavePageFor(path: string): void {
  window.location.assign(path);
}
