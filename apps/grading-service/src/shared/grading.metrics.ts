import { counter } from '@tradein/observability';

/** What a grading site lead watches: throughput, claim contention, dispositions and stock releases. */
export const gradingMetrics = {
  claims: counter('grading_claims_total', 'Claim attempts on grading jobs by outcome', ['outcome']),
  grades: counter('grading_grades_total', 'Grades made, by disposition and whether it was a regrade', ['disposition', 'regrade']),
  stockAdded: counter('grading_stock_added_total', 'Devices released into refurbishable stock', ['disposition']),
};
