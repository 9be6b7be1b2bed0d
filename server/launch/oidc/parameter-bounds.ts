/**
 * Upper bounds for authorization request parameters (issue 9: a 14 KB login_hint was accepted
 * and stored). Generous for any real client: our hints are 43 characters, PKCE challenges 43.
 */
const MAX_LENGTH: Record<string, number> = {
  client_id: 128,
  redirect_uri: 2048,
  response_type: 32,
  response_mode: 32,
  scope: 256,
  state: 1024,
  nonce: 512,
  login_hint: 256,
  code_challenge: 128,
  code_challenge_method: 16,
  prompt: 64,
  max_age: 16,
  ui_locales: 64,
  claims_locales: 64,
  acr_values: 512,
  display: 16,
  id_token_hint: 4096,
  request: 8192,
};
const DEFAULT_MAX = 512;
export const MAX_PARAMETERS = 30;
/** The whole query or form of one authorization request. */
export const MAX_REQUEST_BYTES = 16 * 1024;

/** The first parameter that is longer than allowed, or not a single string; null when all fit. */
export function oversizeParameter(params: Record<string, unknown>): string | null {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined);
  if (entries.length > MAX_PARAMETERS) return 'the number of parameters';
  for (const [name, value] of entries) {
    const text = Array.isArray(value) ? value.join('') : String(value);
    if (text.length > (MAX_LENGTH[name] ?? DEFAULT_MAX)) return name;
  }
  return null;
}
