import type { ProblemCode } from '../../shared/problem-codes.ts';

/** Where a field error was found, as reported in problem+json `errors[].in`. */
export type FieldLocation = 'body' | 'query' | 'path' | 'header';

export interface FieldError {
  in: FieldLocation;
  field: string;
  message: string;
}

/** The one error family domain code throws; the HTTP layer maps it to problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail?: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; code?: ProblemCode } = {},
  ) {
    super(detail ?? title);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(errors: FieldError[], detail = 'Some fields are not valid; see errors.') {
    super(400, 'Invalid input', detail, { errors });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(detail = 'Sign in first.') {
    super(401, 'Not signed in', detail);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = 'You may not do this.', code?: ProblemCode) {
    super(403, 'Forbidden', detail, { code });
  }
}

export class NotFoundError extends AppError {
  constructor(detail = 'Nothing was found here.') {
    super(404, 'Not found', detail);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, code?: ProblemCode, errors?: FieldError[]) {
    super(409, 'Conflict', detail, { code, errors });
  }
}

export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(429, 'Too many requests', 'Wait a moment and try again.', {
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
}

export class UnavailableError extends AppError {
  constructor(detail = 'The service is temporarily unavailable. Try again shortly.') {
    super(503, 'Service unavailable', detail, { headers: { 'Retry-After': '5' } });
  }
}
