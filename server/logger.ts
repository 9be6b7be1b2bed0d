import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs; cookies and authorization headers are redacted wherever they appear.
 * Lines are written asynchronously: a synchronous write per request line costs a system call on
 * the request path, while an async stream batches lines under load and still writes a lone line
 * at once. serve.ts flushes it on shutdown.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { service: 'inwonercloud' },
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', '*.clientSecret', '*.password', '*.token'],
        censor: '[redacted]',
      },
    },
    pino.destination({ dest: 1, sync: false }),
  );
}
