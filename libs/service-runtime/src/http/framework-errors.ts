import { STATUS_CODES } from 'node:http';
import { type Socket } from 'node:net';
import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';

/** The problem+json body of answers fastify or Node give before any route runs (no Nest filter is involved). */
export function problem(
  status: number,
  code: string,
  detail: string,
  instance: string,
  errors?: Array<{ field: string; reason: string }>,
): string {
  return JSON.stringify({
    type: `https://tradein.example/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code,
    detail,
    instance,
    ...(errors ? { errors } : {}),
  });
}

/** fastify's router refuses a path parameter longer than this (its `maxParamLength`); no id of the platform comes close. */
export const MAX_PATH_PARAM_LENGTH = 100;

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

/**
 * Fastify's own routing errors as problem+json too: a URL that does not decode (e.g. `/%zz`), and a path parameter
 * longer than MAX_PATH_PARAM_LENGTH, which fastify answers 414 by default (undocumented, and it is not the URI that is
 * too long): a 400 naming the path, like any other invalid path parameter.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  void reply.header('content-type', 'application/problem+json').header('cache-control', 'no-store');
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    const reason = `a path segment is longer than ${MAX_PATH_PARAM_LENGTH} characters`;
    void reply.status(400).send(problem(400, 'VALIDATION_FAILED', `path: ${reason}`, '', [{ field: 'path', reason }]));
    return;
  }
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  void reply.status(status).send(problem(status, 'MALFORMED_URL', 'the URL does not decode (bad percent-encoding)', ''));
  void req;
}
