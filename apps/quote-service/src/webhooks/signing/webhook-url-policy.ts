import { isIP } from 'node:net';

/**
 * Partner webhook URLs: https only, and never a private, loopback, link-local or otherwise internal address
 * (server-side request forgery into our own network). Development allows http and local addresses so tests
 * can run a receiver on the machine.
 */
export function checkWebhookUrl(raw: string, allowInsecureLocal: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.username || url.password) return 'must not carry credentials';
  if (raw.length > 2048) return 'must be at most 2048 characters';
  if (allowInsecureLocal) return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'must be http(s)';
  if (url.protocol !== 'https:') return 'must use https';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) {
    return 'must not point at a local host name';
  }
  if (isIP(host) && isInternalAddress(host)) return 'must not point at a private or loopback address';
  return null;
}

/** True for addresses a partner URL must never resolve to (RFC 1918, RFC 6598, loopback, link-local, ULA, ...). */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return isInternalV4(address);
  if (family === 6) {
    const a = address.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
    if (mapped) return isInternalV4(mapped[1]);
    return a === '::' || a === '::1' || /^f[cd][0-9a-f]{2}:/.test(a) || /^fe[89ab][0-9a-f]:/.test(a) || a.startsWith('ff');
  }
  return true; // not an IP at all: treat as unsafe
}

function isInternalV4(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19))
  );
}
