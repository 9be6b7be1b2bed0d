import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

function answerFor(code: string | undefined): [number, string, string] {
  if (code === 'HPE_HEADER_OVERFLOW')
    return [431, 'Request Header Fields Too Large', 'The request headers or URL are too long.'];
  // headersTimeout / requestTimeout passed (server/http/server-limits.ts): a slow or stalled client.
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return [408, 'Request Timeout', 'The request was not received in time.'];
  return [400, 'Bad Request', 'The request could not be parsed.'];
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (a malformed request line, a bad
 * Content-Length, headers over 16 KB) still get a problem+json answer, like every other error.
 */
export function answerClientErrorsWithProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const [status, title, detail] = answerFor(error.code);
    const body = JSON.stringify({ type: 'about:blank', title, status, detail });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
