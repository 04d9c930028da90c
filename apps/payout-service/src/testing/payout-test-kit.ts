import { randomBytes, randomUUID } from 'node:crypto';
import { DeviceReceived, type EventEnvelope, OfferFinalized, type OfferFinalizedPayload, type PayoutMethod } from '@tradein/contracts';
import { envelopeFor, publishRaw, startTestService, type TestService, waitFor } from '@tradein/testing';
import { appModule } from '../app.module';
import { PayoutConfig } from '../config/payout.config';
import { ProviderRegistry, type ProviderDeps, sandboxProviders } from '../providers/provider-registry';
import { type SandboxPayoutProvider } from '../providers/sandbox/sandbox-payout-provider';

const CALM = { latencyMs: 0, failureRate: 0, timeoutRate: 0 };

/**
 * Sandboxes the test keeps hold of, to count real payments and turn failures on and off. They are built
 * when the service starts (their book is its database); `restart()` replaces them with new instances over
 * the same book, as a restarted process would have.
 */
export class TestProviders {
  private readonly byMethod = new Map<PayoutMethod, SandboxPayoutProvider>();
  private deps?: ProviderDeps;
  readonly registry = new ProviderRegistry(this.byMethod);

  get bank(): SandboxPayoutProvider {
    return this.get('BANK_TRANSFER');
  }
  get giftCards(): SandboxPayoutProvider {
    return this.get('GIFT_CARD');
  }
  get partnerWallet(): SandboxPayoutProvider {
    return this.get('PARTNER_CREDIT');
  }

  /** The app module's provider factory. */
  readonly build = (deps: ProviderDeps): ProviderRegistry => {
    this.deps = deps;
    this.restart();
    return this.registry;
  };

  /** Forgets every in-memory state (and knob) of the sandboxes: only what their book holds remains. */
  restart(): void {
    if (!this.deps) throw new Error('the payout service has not started');
    for (const [method, p] of sandboxProviders(CALM, this.deps)) this.byMethod.set(method, p);
  }

  private get(method: PayoutMethod): SandboxPayoutProvider {
    const p = this.byMethod.get(method);
    if (!p) throw new Error('the payout service has not started');
    return p;
  }
}

export function testProviders(): TestProviders {
  return new TestProviders();
}

export async function startPayoutService(providers: TestProviders, env: Record<string, string> = {}): Promise<TestService<PayoutConfig>> {
  const svc = await startTestService({
    serviceName: 'payout-service',
    configClass: PayoutConfig,
    module: (config, clock) => appModule(config, clock, providers.build),
    env: {
      PAYOUT_WORKER_ENABLED: 'false',
      PAYOUT_BANK_DETAILS_KEYS: `test:${randomBytes(32).toString('base64')}`,
      PAYOUT_FINGERPRINT_KEY: randomBytes(32).toString('base64'),
      PAYOUT_RETRY_BASE_MS: '1000',
      PAYOUT_RETRY_MAX_MS: '8000',
      PAYOUT_MAX_ATTEMPTS: '3',
      PAYOUT_RECONCILE_AFTER_MS: '60000',
      ...env,
    },
  });
  await consumerReady(svc);
  return svc;
}

/**
 * Joining a consumer group can take many seconds when several test files start at once. A device
 * receipt with a clear identity changes nothing but leaves an inbox row: once it is there, the group has
 * its partitions and the tests' own events are consumed promptly.
 */
async function consumerReady(svc: TestService<PayoutConfig>): Promise<void> {
  const tradeInId = `warmup-${randomUUID().slice(0, 8)}`;
  const event = envelopeFor(
    DeviceReceived,
    { tradeInId, partnerId: 'warmup' },
    {
      location: { type: 'SITE', id: 'site-0' },
      device: { modelId: 'warmup', category: 'smartphone' },
      identity: { blockListStatus: 'CLEAR', activationLock: false, mdmEnrolled: false, duplicateOpenTradeIn: false },
      receivedAt: new Date().toISOString(),
      receivedBy: 'warmup',
      evidenceRefs: [],
    },
  );
  await publishRaw(svc.kafka, DeviceReceived.topic, tradeInId, event, svc.namespace);
  await waitFor(async () => (await svc.dataSource.query('SELECT 1 FROM inbox_event WHERE event_id = $1', [event.eventId])).length > 0, {
    what: 'payout-service consumer group to join',
    timeoutMs: 45_000,
    intervalMs: 200,
  });
}

export interface FinalizedOptions {
  tradeInId?: string;
  partnerId?: string;
  amountMinor?: string;
  bonusMinor?: string;
  currency?: 'EUR' | 'GBP' | 'USD' | 'JPY';
  method?: PayoutMethod;
  destinationRef?: string;
  sellerRef?: string;
  storeId?: string;
  occurredAt?: string;
}

export function finalizedEvent(o: FinalizedOptions = {}): EventEnvelope<OfferFinalizedPayload> {
  const currency = o.currency ?? 'EUR';
  const amount = { amountMinor: o.amountMinor ?? '25000', currency };
  const env = envelopeFor(
    OfferFinalized,
    { tradeInId: o.tradeInId ?? `ti-${randomUUID().slice(0, 8)}`, partnerId: o.partnerId ?? 'acme' },
    {
      quoteId: `q-${randomUUID().slice(0, 8)}`,
      device: { modelId: 'iphone-13', category: 'smartphone' },
      market: 'FR',
      fulfilment: o.method === 'STORE_CREDIT' ? 'STORE' : 'MAIL_IN',
      quotedAmount: amount,
      finalAmount: amount,
      bonusAmount: { amountMinor: o.bonusMinor ?? '0', currency },
      payoutMethod: o.method ?? 'BANK_TRANSFER',
      ...(o.destinationRef ? { payoutDestinationRef: o.destinationRef } : {}),
      sellerRef: o.sellerRef ?? `seller-${randomUUID().slice(0, 8)}`,
      ...(o.storeId ? { storeId: o.storeId } : {}),
      basis: 'AS_QUOTED',
    } as OfferFinalizedPayload,
  );
  return { ...env, occurredAt: o.occurredAt ?? env.occurredAt };
}

export async function publishFinalized(svc: TestService<PayoutConfig>, event: EventEnvelope<OfferFinalizedPayload>): Promise<void> {
  await publishRaw(svc.kafka, OfferFinalized.topic, event.tradeInId, event, svc.namespace);
}

/** waitFor, typed for checks that return the awaited thing or nothing yet. */
export async function waitForValue<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  opts: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  return (await waitFor(check, opts)) as T;
}
