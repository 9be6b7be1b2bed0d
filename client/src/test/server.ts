import { setupServer } from 'msw/node';
import { buildHandlers } from './handlers.ts';

/** The mocked network of the client tests; override per test with `server.use(...)`. */
export const server = setupServer(...buildHandlers());
