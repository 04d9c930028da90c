import { randomBytes, randomUUID } from 'node:crypto';
import { type EventEnvelope, OfferFinalized, type OfferFinalizedPayload, type PayoutMethod } from '@tradein/contracts';
import { envelopeFor, publishRaw, startTestService, type TestService, waitFor } from '@tradein/testing';
import { appModule } from '../app.module';
import { PayoutConfig } from '../config/payout.config';
import { ProviderRegistry } from '../providers/provider-registry';
import { SandboxPayoutProvider } from '../providers/sandbox/sandbox-payout-provider';

/** Sandboxes the test keeps hold of, to count real payments and turn failures on and off. */
export interface TestProviders {
  bank: SandboxPayoutProvider;
  giftCards: SandboxPayoutProvider;
  partnerWallet: SandboxPayoutProvider;
  registry: ProviderRegistry;
}

export function testProviders(): TestProviders {
  const calm = { latencyMs: 0, failureRate: 0, timeoutRate: 0 };
  const bank = new SandboxPayoutProvider('sandbox-bank', calm);
  const giftCards = new SandboxPayoutProvider('sandbox-gift-cards', calm);
  const partnerWallet = new SandboxPayoutProvider('sandbox-partner-wallet', calm);
  const registry = new ProviderRegistry(new Map<PayoutMethod, SandboxPayoutProvider>([
    ['BANK_TRANSFER', bank], ['GIFT_CARD', giftCards], ['PARTNER_CREDIT', partnerWallet],
  ]));
  return { bank, giftCards, partnerWallet, registry };
}

export async function startPayoutService(providers: TestProviders, env: Record<string, string> = {}): Promise<TestService<PayoutConfig>> {
  return startTestService({
    serviceName: 'payout-service',
    configClass: PayoutConfig,
    module: (config, clock) => appModule(config, clock, providers.registry),
    env: {
      PAYOUT_WORKER_ENABLED: 'false',
      PAYOUT_BANK_DETAILS_KEYS: `test:${randomBytes(32).toString('base64')}`,
      PAYOUT_RETRY_BASE_MS: '1000',
      PAYOUT_RETRY_MAX_MS: '8000',
      PAYOUT_MAX_ATTEMPTS: '3',
      PAYOUT_RECONCILE_AFTER_MS: '60000',
      ...env,
    },
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
  const env = envelopeFor(OfferFinalized, { tradeInId: o.tradeInId ?? `ti-${randomUUID().slice(0, 8)}`, partnerId: o.partnerId ?? 'acme' }, {
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
  } as OfferFinalizedPayload);
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
