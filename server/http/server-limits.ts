import type { Server, ServerOptions } from 'node:http';
import type { Config } from '../config.ts';

/*
 * Limits a real deployment sets on the HTTP server (issue 9, docs/operations.md "Limits").
 * Node's defaults hold a slow request body for 300 s and take any number of connections, so a
 * few hundred slow clients could hold the process (slowloris).
 */

/** Options only the constructor takes: how often Node looks for requests that timed out. */
export function serverOptions(config: Config): ServerOptions {
  const quickest = Math.min(config.limits.headersTimeoutMs, config.limits.requestTimeoutMs);
  return { connectionsCheckingInterval: Math.max(250, Math.min(5_000, Math.floor(quickest / 2))) };
}

export function applyServerLimits(server: Server, config: Config): void {
  const { limits } = config;
  // All headers within this time, the whole request (headers and body) within the next.
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  // An idle keep-alive connection is closed after 5 s (shorter than a load balancer's 60 s, so
  // configure the balancer's idle timeout above it, or below and let it close first).
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // A client that stops reading a response is dropped after a minute of silence.
  server.timeout = 60_000;
  server.maxConnections = limits.maxConnections;
  server.maxHeadersCount = 100;
  // No cap on requests per keep-alive connection: Node answers requests past the cap with 503, and
  // a client that sends its next request before it sees `Connection: close` gets that 503 for a
  // request it made correctly (the bench's load runs saw thousands). Idle and slow connections are
  // bounded by the timeouts above.
}
