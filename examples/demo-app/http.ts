import type { NextFunction, Request, Response } from 'express';

/**
 * Headers for every response. no-store: pages show personal data. no-referrer: a callback URL
 * carries a code and state, which must never leak to another site. The CSP allows no scripts at
 * all and styles only from our own static file.
 */
export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.set({
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy':
      "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  next();
}

export function sendPage(res: Response, status: number, html: string): void {
  res.status(status).type('html').send(html);
}

/** One cookie value from the Cookie header; we need only one, so no cookie-parser dependency. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** A single string field from a query or form body; repeated or missing fields count as missing. */
export function field(source: unknown, name: string): string | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
