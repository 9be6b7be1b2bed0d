/**
 * Long enough for an app's authorization request, which a sign-in may return to (a stock RP's
 * `state`, `nonce`, PKCE challenge and redirect URI: ~0.4–0.6 kB), and short enough that the
 * sealed flow cookie that carries it stays well under a browser's 4 kB.
 */
export const MAX_RETURN_TO = 1536;

/** Paths a sign-in never returns to: they are not pages. */
const NOT_PAGES = /^\/(api|auth|oidc|\.well-known|media|assets)(\/|$)/;
/**
 * Except an app's authorization request (app-initiated sign-in, a step-up it asked for): after
 * the broker, the same request again, which any link could send the browser to anyway.
 */
const AUTHORIZATION_REQUEST = '/oidc/auth';

/**
 * A `returnTo` is a path on this site only (no open redirect): it starts with one slash, is not
 * protocol-relative or a backslash trick, has no control characters, and resolves to our origin.
 * Returns the normalised path, or null to refuse it.
 */
export function safeReturnTo(value: unknown, publicUrl: string): string | null {
  if (value === undefined) return '/';
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_RETURN_TO) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  const base = new URL(publicUrl);
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  if (NOT_PAGES.test(url.pathname) && url.pathname !== AUTHORIZATION_REQUEST) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
