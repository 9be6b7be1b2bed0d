/**
 * A tiny structured logger. Callers pass only safe fields: never tokens, codes, state, nonces,
 * login hints or client secrets. That rule is why there is no "log the whole request" helper.
 */
export function log(
  level: 'info' | 'warn' | 'error',
  message: string,
  fields: Record<string, unknown> = {},
): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, app: 'demo-app', message, ...fields });
  if (level === 'info') console.log(line);
  else console.error(line);
}

/** Error name and code only: messages and causes of OAuth errors can carry request parameters. */
export function describeError(error: unknown): { error: string; code?: string } {
  if (!(error instanceof Error)) return { error: 'unknown' };
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? { error: error.name, code } : { error: error.name };
}
