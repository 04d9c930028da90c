import { type ServiceAppOptions } from '@tradein/service-runtime';
import { type OfferPolicy } from './policy/offer-policy';

/** What /docs and openapi/quote-service.json say about the service: the published policy is the configured one. */
export function quoteServiceApp(policy: OfferPolicy): ServiceAppOptions {
  return {
    serviceName: 'quote-service',
    localUrl: 'http://localhost:3001',
    extraBearerSchemes: { 'tracking-token': "A customer's tracking-link token: one trade-in, read and answer its revised offer." },
    description:
      'Device catalog and versioned price tables; partners, programs and API keys; quotes; the trade-in record and its timeline; final and revised offers; deadlines; signed partner webhooks.',
    docsNote: [
      '**Published policy** (configuration; a partner program may override the durations):',
      `quotes are valid ${policy.quoteValidDays} days; ship within ${policy.shipByDays} days of acceptance (then EXPIRED and the label voided);`,
      `answer a revised offer within ${policy.answerWindowDays} days (then the customer's pre-chosen policy applies: AUTO_ACCEPT_WITHIN n % accepts only drops up to n %, anything else is a free return).`,
      `**Tolerance rule:** a graded device worth at most ${policy.tolerance.withinPercent} % less than quoted, or at most ${policy.tolerance.withinCosmeticGrades} CTIA cosmetic grade worse than declared with nothing else wrong, is paid the quoted price (OFFER_TOLERANCE_PERCENT, OFFER_TOLERANCE_COSMETIC_GRADES).`,
      'Store trade-ins never get revised offers; a shortfall is recorded as a store discrepancy.',
      'Partner endpoints are rate limited (120 requests/minute per key; 429 RATE_LIMITED).',
    ].join(' '),
  };
}
