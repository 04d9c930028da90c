import { checkEurRates, type EurRates } from '../holds/eur-equivalent';
import { parseVelocityRules, type VelocityRulesByProgram } from '../holds/velocity-rules';
import { type RetryPolicy } from './attempt-payouts/retry-policy';
import { type PayoutConfig } from '../config/payout.config';

/** The configuration turned into domain values once, at boot, so a malformed JSON setting stops the service. */
export class PayoutSettings {
  constructor(
    readonly retry: RetryPolicy,
    readonly eurRates: EurRates,
    readonly velocityRules: VelocityRulesByProgram,
    readonly holidays: ReadonlySet<string>,
    readonly deadlineBusinessDays: number,
  ) {}
}

export function payoutSettings(c: PayoutConfig): PayoutSettings {
  return new PayoutSettings(
    {
      maxAttempts: c.PAYOUT_MAX_ATTEMPTS,
      baseDelayMs: c.PAYOUT_RETRY_BASE_MS,
      maxDelayMs: c.PAYOUT_RETRY_MAX_MS,
      reconcileAfterMs: c.PAYOUT_RECONCILE_AFTER_MS,
    },
    checkEurRates(JSON.parse(c.PAYOUT_EUR_RATES) as Record<string, string>),
    parseVelocityRules(c.PAYOUT_VELOCITY_RULES),
    new Set(c.PAYOUT_HOLIDAYS ? c.PAYOUT_HOLIDAYS.split(',') : []),
    c.PAYOUT_DEADLINE_BUSINESS_DAYS,
  );
}
