import { type Principal, partnerScope } from '@tradein/auth';

/** Whose data a caller sees: partners their own, store staff their store's, ops everything. */
export interface CallerScope {
  readonly partnerId?: string;
  readonly storeId?: string;
}

export function callerScope(p: Principal): CallerScope {
  const partnerId = partnerScope(p);
  if (p.kind === 'staff' && p.role === 'store_staff') return { partnerId, storeId: p.storeId };
  return { partnerId };
}

/** True when a row (partner, store) is visible to the caller; otherwise the API answers 404, never 403. */
export function visibleTo(scope: CallerScope, row: { partnerId: string; storeId: string | null }): boolean {
  if (scope.partnerId !== undefined && row.partnerId !== scope.partnerId) return false;
  if (scope.storeId !== undefined && row.storeId !== scope.storeId) return false;
  return true;
}

/** Requests per minute per API key or token on partner endpoints; set from config when the app module is built. */
export const partnerRateLimit = { perMinute: 120 };

/** Partner endpoints: 429 RATE_LIMITED beyond `partnerRateLimit.perMinute` requests a minute per caller. */
export const PARTNER_RATE_LIMIT = { default: { limit: () => partnerRateLimit.perMinute, ttl: 60_000 } };
