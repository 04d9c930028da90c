import { ForbiddenError } from './auth.errors';
import { type Principal } from './principal';

/**
 * The partner whose data a principal may see; ops see every partner (undefined = no filter).
 * Store staff see their store's partner. Services filter every read and write by it and answer
 * 404 (not 403) for another partner's ids, so ids cannot be probed.
 */
export function partnerScope(p: Principal): string | undefined {
  if (p.kind === 'partner' || p.kind === 'widget') return p.partnerId;
  if (p.role === 'ops') return undefined;
  if (p.role === 'store_staff') {
    if (!p.partnerId) throw new ForbiddenError('store_staff token has no partnerId');
    return p.partnerId;
  }
  throw new ForbiddenError(`role ${p.role} has no partner scope`);
}

/** Store staff act only for their own store; ops for any. */
export function assertStoreAccess(p: Principal, storeId: string): void {
  if (p.kind === 'staff' && p.role === 'ops') return;
  if (p.kind === 'staff' && p.role === 'store_staff' && p.storeId === storeId) return;
  throw new ForbiddenError(`not allowed to act for store ${storeId}`);
}

/** Graders act only at their own grading site; ops at any. */
export function assertSiteAccess(p: Principal, siteId: string): void {
  if (p.kind === 'staff' && p.role === 'ops') return;
  if (p.kind === 'staff' && p.role === 'grader' && p.siteId === siteId) return;
  throw new ForbiddenError(`not allowed to act for site ${siteId}`);
}
