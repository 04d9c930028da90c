import {
  type PayoutProvider,
  type ProviderLookup,
  type ProviderOutcome,
  type ProviderPaymentRequest,
  ProviderTimeoutError,
} from '../payout-provider';

export interface SandboxBehaviour {
  latencyMs: number;
  /** Share of new payments the sandbox declines (retryable), 0..1. */
  failureRate: number;
  /** Share of calls whose answer is lost after the payment was made (a timeout), 0..1. */
  timeoutRate: number;
}

interface BookedPayment {
  fingerprint: string;
  outcome: ProviderOutcome;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A local stand-in for a payment provider so the platform runs end to end here. It behaves as real
 * providers do where it matters: a key is executed once and replayed afterwards, a reused key with
 * different content is refused, and a timeout can happen after the money moved.
 */
export class SandboxPayoutProvider implements PayoutProvider {
  private readonly book = new Map<string, BookedPayment>();
  private sequence = 0;

  constructor(
    readonly name: string,
    private behaviour: SandboxBehaviour,
    private readonly random: () => number = Math.random,
  ) {}

  /** The sandbox's knobs can be turned while it runs (a demo of an outage, a test of lost answers). */
  configure(behaviour: Partial<SandboxBehaviour>): void {
    this.behaviour = { ...this.behaviour, ...behaviour };
  }

  async submit(request: ProviderPaymentRequest): Promise<ProviderOutcome> {
    if (this.behaviour.latencyMs > 0) await sleep(this.behaviour.latencyMs);
    const fingerprint = `${request.payoutId}|${request.amountMinor}|${request.currency}|${request.method}`;
    const booked = this.book.get(request.idempotencyKey);
    if (booked) {
      if (booked.fingerprint !== fingerprint) return { status: 'FAILED', reasonCode: 'IDEMPOTENCY_KEY_REUSED', retryable: false };
      return booked.outcome;
    }
    const outcome: ProviderOutcome =
      this.random() < this.behaviour.failureRate
        ? { status: 'FAILED', reasonCode: 'SANDBOX_DECLINED', retryable: true }
        : { status: 'PAID', providerReference: `${this.name}-${++this.sequence}` };
    this.book.set(request.idempotencyKey, { fingerprint, outcome });
    if (this.random() < this.behaviour.timeoutRate) throw new ProviderTimeoutError(this.name);
    return outcome;
  }

  async lookup(idempotencyKey: string): Promise<ProviderLookup> {
    return this.book.get(idempotencyKey)?.outcome ?? { status: 'NOT_FOUND' };
  }

  /** Payments actually made, by payout: what a test compares with "exactly once". */
  paymentsByPayout(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const b of this.book.values()) {
      if (b.outcome.status !== 'PAID') continue;
      const payoutId = b.fingerprint.split('|')[0];
      counts.set(payoutId, (counts.get(payoutId) ?? 0) + 1);
    }
    return counts;
  }
}
