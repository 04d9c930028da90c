import { counter } from '@tradein/observability';

/** What ops alert on: attempt outcomes by method (a spike of UNKNOWN means a provider is timing out). */
export const payoutMetrics = {
  attemptOutcomes: counter('payout_attempt_outcomes_total', 'Payout attempt outcomes recorded by the worker', ['method', 'outcome']),
};
