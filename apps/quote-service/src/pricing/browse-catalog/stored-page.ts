import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import Negotiator from 'negotiator';
import { type FastifyReply } from 'fastify';
import { appendVary } from '@tradein/service-runtime';

/**
 * A JSON answer prepared once and served many times: its UTF-8 bytes, the same gzipped, and a validator. Browsers
 * (the widget on a partner's page, the console) always offer gzip, and a catalog page of ≈ 13 KB shrinks to ≈ 2 KB:
 * compressed once here rather than per request by an ingress, and never encoded again per request.
 */
export interface StoredPage {
  readonly identity: Buffer;
  /** The same bytes gzipped, compressed on the first request that accepts gzip (free-text searches may never get one). */
  readonly gzip: Buffer;
  /** Weak: the gzipped and the plain bytes are the same representation for caches (RFC 9110 §8.8.1). */
  readonly etag: string;
}

export function storePage(json: string): StoredPage {
  const identity = Buffer.from(json, 'utf8');
  let gzip: Buffer | undefined;
  return {
    identity,
    get gzip() {
      gzip ??= gzipSync(identity);
      return gzip;
    },
    etag: `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
  };
}

/** RFC 9110 §13.1.2: weak comparison against each listed tag, or `*`. */
function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * Answers with a stored page: 304 when the caller already holds it, the gzipped bytes when the caller accepts gzip,
 * the plain bytes otherwise. Credentialed answers stay `Cache-Control: no-store` (security headers), so browsers do
 * not keep the page; the tag serves callers that keep their own copy, such as a partner's server syncing the catalog.
 */
export function sendStoredPage(
  page: StoredPage,
  headers: { 'accept-encoding'?: string; 'if-none-match'?: string },
  reply: FastifyReply,
): Buffer | undefined {
  appendVary(reply, 'Accept-Encoding');
  void reply.header('ETag', page.etag);
  if (matchesIfNoneMatch(headers['if-none-match'], page.etag)) {
    void reply.code(304);
    return undefined;
  }
  void reply.type('application/json; charset=utf-8');
  if (new Negotiator({ headers: { 'accept-encoding': headers['accept-encoding'] } }).encoding(['gzip', 'identity']) === 'gzip') {
    void reply.header('Content-Encoding', 'gzip');
    return page.gzip;
  }
  return page.identity;
}
