import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long a keep-alive connection must have been quiet before a shutdown may close it. */
const QUIET_MS = 250;

/**
 * Shutting down without resetting a request the client already sent. Node's `server.close()`
 * closes every keep-alive connection that looks idle at once, but a connection can look idle while
 * the client's next request is still on the wire: that request is then reset (seen once the store
 * answered fast enough to leave connections idle between requests). So a shutdown first drains:
 * every response says `Connection: close`, and `server.close()` runs only once each connection has
 * closed or been quiet for QUIET_MS, long enough for anything sent before the signal to arrive.
 */
export function gracefulDrain(server: Server) {
  /** Open connections: the time each became quiet, or null while a request is in progress. */
  const connections = new Map<Socket, number | null>();
  let draining = false;

  server.on('connection', (socket: Socket) => {
    connections.set(socket, Date.now());
    socket.once('close', () => connections.delete(socket));
  });
  // Before the app's own listener, so the header is set before anything is written.
  server.prependListener('request', (request, response) => {
    const socket = request.socket;
    connections.set(socket, null);
    if (draining) response.setHeader('connection', 'close');
    response.once('close', () => {
      if (connections.has(socket)) connections.set(socket, Date.now());
    });
  });

  const settled = () => {
    const now = Date.now();
    for (const quietSince of connections.values()) {
      if (quietSince === null || now - quietSince < QUIET_MS) return false;
    }
    return true;
  };

  return {
    /** Resolves when every connection is closed or quiet, or after `maxMs`. */
    drain(maxMs: number): Promise<void> {
      draining = true;
      const deadline = Date.now() + maxMs;
      return new Promise((resolve) => {
        const check = setInterval(() => {
          if (settled() || Date.now() > deadline) {
            clearInterval(check);
            resolve();
          }
        }, 25);
      });
    },
  };
}
