import { type PayoutAttemptEntity } from '../payout-attempt.entity';
import { type PayoutEntity } from '../payout.entity';

/** A payout claimed by a worker: submit a new attempt, or find out what became of an open one. */
export interface ClaimedAttempt {
  payout: PayoutEntity;
  attempt: PayoutAttemptEntity;
  mode: 'SUBMIT' | 'RECONCILE';
}
