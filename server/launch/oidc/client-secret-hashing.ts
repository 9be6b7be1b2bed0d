import type { RequestHandler } from 'express';
import { hashClientSecret } from '../../listings/client-secret.ts';

/**
 * Only a hash of each client secret is stored. Before the provider authenticates a client at the
 * token endpoint, the presented secret is replaced by its hash, so the provider's constant-time
 * comparison runs against the stored hash (docs/decisions/005).
 */
export const hashPresentedClientSecret: RequestHandler = (req, _res, next) => {
  const header = req.headers.authorization;
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      const clientId = decoded.slice(0, colon);
      let secret: string;
      try {
        secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
      } catch {
        return next(); // malformed: the provider rejects the client authentication itself
      }
      const hashed = `${clientId}:${encodeURIComponent(hashClientSecret(secret))}`;
      req.headers.authorization = `Basic ${Buffer.from(hashed).toString('base64')}`;
    }
  }
  next();
};
