import pino, { type Logger } from 'pino';

/** Structured JSON logs; cookies and authorization headers are redacted wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'inwonercloud' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', '*.clientSecret', '*.password', '*.token'],
      censor: '[redacted]',
    },
  });
}
