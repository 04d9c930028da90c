import { type Clock } from '@tradein/service-runtime';
import {
  type PayoutProvider,
  type ProviderLookup,
  type ProviderOutcome,
  type ProviderPaymentRequest,
  ProviderTimeoutError,
} from '../payout-provider';
import { answerOf, DECLINED_CODE, KEY_REUSED, type SandboxPayment, sameTerms, termsOf } from './sandbox-payment';
import { type SandboxPaymentStore } from './sandbox-payment-store';

export interface SandboxBehaviour {
  latencyMs: number;
  /** Share of new payments the sandbox declines (retryable), 0..1. */
  failureRate: number;
  /** Share of first submissions whose answer is lost after the payment settled (a timeout), 0..1. */
  timeoutRate: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A local stand-in for a payment provider so the platform runs end to end here. It behaves as real
 * providers do where it matters, durably (its book is the sandbox_payment table, so a restart of
 * payout-service forgets nothing): a key is taken on receipt and executed once, a repeat of the key
 * replays the original outcome, a key reused with different content is refused, and a timeout can
 * happen after the money moved.
 *
 * A request is recorded PROCESSING on receipt, settles after the latency, and only then may its answer be
 * lost (SANDBOX_TIMEOUT_RATE): the book says PAID while the caller sees a timeout. A payment left
 * PROCESSING because the caller's process died settles when next asked about (lookup or the same key
 * again), as a real provider would have settled it meanwhile.
 */
export class SandboxPayoutProvider implements PayoutProvider {
  constructor(
    readonly name: string,
    private behaviour: SandboxBehaviour,
    private readonly store: SandboxPaymentStore,
    private readonly clock: Clock,
    private readonly random: () => number = Math.random,
  ) {}

  /** The sandbox's knobs can be turned while it runs (a demo of an outage, a test of lost answers). */
  configure(behaviour: Partial<SandboxBehaviour>): void {
    this.behaviour = { ...this.behaviour, ...behaviour };
  }

  async submit(request: ProviderPaymentRequest): Promise<ProviderOutcome> {
    const terms = termsOf(this.name, request);
    const { payment, created } = await this.store.receive(terms, this.clock.now());
    if (!sameTerms(payment, terms)) return KEY_REUSED;
    if (this.behaviour.latencyMs > 0) await sleep(this.behaviour.latencyMs);
    const answer = answerOf(await this.settled(payment));
    if (created && this.random() < this.behaviour.timeoutRate) throw new ProviderTimeoutError(this.name);
    return answer;
  }

  async lookup(idempotencyKey: string): Promise<ProviderLookup> {
    const payment = await this.store.find(this.name, idempotencyKey);
    return payment ? answerOf(await this.settled(payment)) : { status: 'NOT_FOUND' };
  }

  /** Payments actually made (PAID), by payout: what a test compares with "exactly once". */
  async paymentsByPayout(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const p of await this.store.list({ provider: this.name, limit: 100_000 })) {
      if (p.status === 'PAID') counts.set(p.payoutId, (counts.get(p.payoutId) ?? 0) + 1);
    }
    return counts;
  }

  /** The store shared by the sandboxes: the ops view reads it. */
  get book(): SandboxPaymentStore {
    return this.store;
  }

  private async settled(p: SandboxPayment): Promise<SandboxPayment> {
    if (p.status !== 'PROCESSING') return p;
    const declined = this.random() < this.behaviour.failureRate;
    return this.store.settle(p, declined ? { status: 'DECLINED', declineCode: DECLINED_CODE } : { status: 'PAID' }, this.clock.now());
  }
}
