import { STATUS_CODES } from 'node:http';
import { type Socket } from 'node:net';
import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';

/** The problem+json body of answers fastify or Node give before any route runs (no Nest filter is involved). */
function problem(status: number, code: string, detail: string, instance: string): string {
  return JSON.stringify({
    type: `https://tradein.example/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code,
    detail,
    instance,
  });
}

/**
 * Node's HTTP parser refuses oversized headers or URLs (431), malformed requests (400) and slow ones (408) on the
 * raw socket; fastify's default writes a plain JSON body. Same answer shape as every other error instead.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const code = status === 431 ? 'HEADERS_TOO_LARGE' : status === 408 ? 'REQUEST_TIMEOUT' : 'MALFORMED_REQUEST';
  const detail =
    status === 431 ? 'request headers or URL too large' : status === 408 ? 'request not received in time' : 'malformed HTTP request';
  const body = problem(status, code, detail, '');
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n\r\n${body}`,
  );
}

/** Fastify's own routing errors (a URL that does not decode, e.g. `/%zz`) as problem+json too. */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  void reply
    .status(status)
    .header('content-type', 'application/problem+json')
    .header('cache-control', 'no-store')
    .send(problem(status, 'MALFORMED_URL', 'the URL does not decode (bad percent-encoding)', ''));
  void req;
}
