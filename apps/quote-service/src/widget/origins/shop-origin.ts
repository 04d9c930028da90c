const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a shop origin as a browser sends it in the Origin header: scheme, host and optional port, nothing
 * else. https only, except plain http on loopback for development. Returns the reason it is refused, or null.
 */
export function shopOriginProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an origin such as https://shop.example.com';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return 'must use https (plain http only on localhost or 127.0.0.1)';
  }
  if (url.username || url.password) return 'must not carry credentials';
  // Origin headers are serialised exactly like URL.origin: anything else (path, query, trailing slash,
  // upper case, default port) would never match a browser's header, so it is refused rather than guessed.
  if (url.origin !== raw) return `must be exactly scheme://host[:port] with nothing after it (did you mean ${url.origin}?)`;
  return null;
}
