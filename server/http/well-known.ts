import type { RequestHandler } from 'express';
import { NotFoundError } from './errors.ts';

/**
 * Any `/.well-known/*` path the OpenID Provider does not answer is a problem+json 404, never the
 * storefront's HTML: RFC 8414 clients probe `/.well-known/oauth-authorization-server` and fall
 * back to OpenID discovery only on a 404 (issue 15).
 */
export const unknownWellKnownPath: RequestHandler = () => {
  throw new NotFoundError('There is no such well-known resource here.');
};
