/** The staff roles the console serves; each has its own area. */
export type StaffRole = 'store_staff' | 'grader' | 'ops';

export interface StaffClaims {
  sub: string;
  role: StaffRole;
  storeId?: string;
  siteId?: string;
  partnerId?: string;
  exp?: number;
}

export type ClaimsResult = { ok: true; claims: StaffClaims } | { ok: false; reason: 'MALFORMED' | 'NOT_STAFF' | 'EXPIRED' };

/**
 * Reads the token's claims to choose the area and show who is signed in. The signature is the services'
 * business (they verify every request); the console only refuses what is plainly unusable.
 */
export function readClaims(token: string, nowMs: number): ClaimsResult {
  const parts = token.trim().split('.');
  const body = parts[1];
  if (parts.length !== 3 || body === undefined) return { ok: false, reason: 'MALFORMED' };
  let payload: unknown;
  try {
    const b64 = body.replace(/-/g, '+').replace(/_/g, '/');
    payload = JSON.parse(atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '=')));
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }
  if (typeof payload !== 'object' || payload === null) return { ok: false, reason: 'MALFORMED' };
  const c = payload as Partial<StaffClaims>;
  if (typeof c.sub !== 'string' || !['store_staff', 'grader', 'ops'].includes(String(c.role))) return { ok: false, reason: 'NOT_STAFF' };
  if (typeof c.exp === 'number' && c.exp * 1000 <= nowMs) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, claims: c as StaffClaims };
}
