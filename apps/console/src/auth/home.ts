import { type StaffRole } from './claims';

/** Where each role lands after signing in. */
export const HOME: Record<StaffRole, '/store/new' | '/site/queue' | '/ops/queues'> = {
  store_staff: '/store/new',
  grader: '/site/queue',
  ops: '/ops/queues',
};
