import type { Request, Response } from 'express';

/** `__Host-` pins the cookie to our origin, but browsers accept it only over https. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-ic_session' : 'ic_session';
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim() || undefined;
  }
  return undefined;
}

/** HttpOnly so scripts cannot read it; SameSite=Lax so the OIDC authorize redirect from an app still carries it. */
export function writeSessionCookie(
  res: Response,
  name: string,
  token: string,
  maxAgeMs: number,
  secure: boolean,
) {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${Math.floor(maxAgeMs / 1000)}`];
  if (secure) attributes.push('Secure');
  res.append('Set-Cookie', `${name}=${token}; ${attributes.join('; ')}`);
}

export function clearSessionCookie(res: Response, name: string, secure: boolean) {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0'];
  if (secure) attributes.push('Secure');
  res.append('Set-Cookie', `${name}=; ${attributes.join('; ')}`);
}
