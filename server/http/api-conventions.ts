import type { RequestHandler } from 'express';
import { API_VERSION } from '../../shared/api-version.ts';
import { NotFoundError } from './errors.ts';

/** Dutch API Design Rules: every API response carries the API-Version header. */
export const apiVersionHeader: RequestHandler = (_req, res, next) => {
  res.setHeader('API-Version', API_VERSION);
  next();
};

/** Unknown API paths (including a trailing slash on a known one) are a problem+json 404. */
export const unknownApiPath: RequestHandler = () => {
  throw new NotFoundError('There is no API resource at this path.');
};
