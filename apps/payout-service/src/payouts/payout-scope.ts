import { type Principal, partnerScope } from '@tradein/auth';

/** Which payouts a principal may see: ops all, a partner its own, store staff their own store's. */
export function payoutScope(p: Principal): { partnerId?: string; storeId?: string } {
  const partnerId = partnerScope(p);
  if (p.kind === 'staff' && p.role === 'store_staff') return { partnerId, storeId: p.storeId };
  return partnerId ? { partnerId } : {};
}
