import { type QueueJob } from '../api/types';

/** Mine first (I hold the lease), then unclaimed ones I may take, then the rest; within each, the oldest deadline first. */
export function orderQueue(jobs: QueueJob[], me: string): QueueJob[] {
  const rank = (j: QueueJob) => (j.claimedBy === me ? 0 : j.claimedBy === null && j.claimableByMe ? 1 : 2);
  return [...jobs].sort((a, b) => rank(a) - rank(b) || a.deadlineAt.localeCompare(b.deadlineAt) || a.jobId.localeCompare(b.jobId));
}

/** "4:05" left on a lease; "0:00" once it ran out. */
export function countdown(untilIso: string, nowMs: number): string {
  const left = Math.max(0, Math.floor((Date.parse(untilIso) - nowMs) / 1000));
  const h = Math.floor(left / 3600);
  const m = Math.floor((left % 3600) / 60);
  const s = String(left % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
