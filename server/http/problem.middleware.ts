import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { DuplicateKeyError, StoreUnavailableError } from '../store/store.port.ts';
import { AppError, type FieldError, NotFoundError } from './errors.ts';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  instance: string;
  errors?: FieldError[];
}

/** Writes an RFC 9457 problem; the instance is the path only, so query strings never echo back. */
export function sendProblem(
  req: Request,
  res: Response,
  status: number,
  title: string,
  detail?: string,
  errors?: FieldError[],
  code?: string,
): void {
  const body: ProblemBody = { type: 'about:blank', title, status, instance: req.path };
  if (detail) body.detail = detail;
  if (code) body.code = code;
  if (errors) body.errors = errors;
  res.status(status).type('application/problem+json').send(JSON.stringify(body));
}

// body-parser marks its errors with `type`; these are the client's fault, never a 5xx.
const BODY_PARSER_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'Malformed JSON', 'The request body is not valid JSON.'],
  'entity.too.large': [413, 'Request too large', 'The request body is larger than 1 MB.'],
  'encoding.unsupported': [415, 'Unsupported encoding', 'Send the body uncompressed.'],
  'charset.unsupported': [415, 'Unsupported charset', 'Send the body as UTF-8.'],
  'request.aborted': [400, 'Request aborted', 'The request body was not received completely.'],
  'request.size.invalid': [400, 'Invalid request size', 'Content-Length does not match the body.'],
};

// Titles as the AppError family words them, so one status reads the same wherever it comes from.
const CLIENT_ERRORS: Record<number, [string, string]> = {
  403: ['Forbidden', 'This path may not be read.'],
  404: ['Not found', 'Nothing was found here.'],
  405: ['Method not allowed', 'This method is not allowed here.'],
  416: ['Range not satisfiable', 'The requested range cannot be served.'],
};

/**
 * The last route: every path nothing else answered is a problem+json 404, whatever the method
 * (Express's own answer would be an HTML page; issue 9, decision 083).
 */
export const unknownPath: RequestHandler = () => {
  throw new NotFoundError('There is nothing at this path.');
};

/** Static files are read-only: other methods get a problem+json 405 (express.static sends an empty one). */
export const readOnly: RequestHandler = (req, _res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') {
    next();
    return;
  }
  throw new AppError(405, 'Method not allowed', 'Files here can only be read.', {
    headers: { Allow: 'GET, HEAD' },
  });
};

/** The one error path of the whole API: typed errors and parser errors become problem+json. */
export function problemMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    if (error instanceof AppError) {
      for (const [name, value] of Object.entries(error.extra.headers ?? {})) res.setHeader(name, value);
      sendProblem(req, res, error.status, error.title, error.message, error.extra.errors, error.extra.code);
      return;
    }
    if (error instanceof StoreUnavailableError) {
      logger.warn({ err: error.cause }, 'store unavailable');
      res.setHeader('Retry-After', '5');
      sendProblem(
        req,
        res,
        503,
        'Service unavailable',
        'The data store cannot be reached. Try again shortly.',
      );
      return;
    }
    if (error instanceof DuplicateKeyError) {
      sendProblem(req, res, 409, 'Conflict', 'This already exists.');
      return;
    }
    const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
    const known = typeof type === 'string' ? BODY_PARSER_ERRORS[type] : undefined;
    if (known) {
      sendProblem(req, res, ...known);
      return;
    }
    const status =
      typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // e.g. express.static's 404 for a missing file, 403 for a path outside its folder, 416 for a bad range.
      const [title, detail] = CLIENT_ERRORS[status] ?? [STATUS_CODES[status] ?? 'Bad request', undefined];
      sendProblem(req, res, status, title, detail);
      return;
    }
    logger.error({ err: error, reqId: res.locals.requestId }, 'unhandled error');
    sendProblem(req, res, 500, 'Internal server error', 'Something went wrong on our side.');
  };
}
