import { type Principal } from '@tradein/auth';

/**
 * The store, site or partner a caller is bound to. Idempotency scopes include it: a replayed answer is
 * served before the use case's own access checks run, so it must never reach a caller of another store.
 */
export function callerBinding(p: Principal): string {
  if (p.kind === 'partner') return `partner:${p.partnerId}`;
  return `${p.role}:${p.storeId ?? p.siteId ?? '*'}`;
}
