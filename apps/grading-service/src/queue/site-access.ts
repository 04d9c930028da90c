import { type Principal } from '@tradein/auth';
import { ForbiddenError } from '@tradein/auth';

/** Graders work only at the site in their token; ops everywhere. Other principals grade nothing. */
export function canActAtSite(p: Principal, siteId: string): boolean {
  if (p.kind !== 'staff') return false;
  if (p.role === 'ops') return true;
  return p.role === 'grader' && p.siteId === siteId;
}

/** The site a listing is scoped to: a grader's own, or for ops the one asked for (all when none). */
export function siteScope(p: Principal, requested?: string): string | undefined {
  if (p.kind === 'staff' && p.role === 'ops') return requested;
  if (p.kind === 'staff' && p.role === 'grader' && p.siteId) {
    if (requested && requested !== p.siteId) throw new ForbiddenError(`not allowed to act for site ${requested}`);
    return p.siteId;
  }
  throw new ForbiddenError('only graders and ops work with grading sites');
}
