import { type PayoutMethod } from '@tradein/contracts';
import { type Clock } from '@tradein/service-runtime';
import { type DataSource } from 'typeorm';
import { type PayoutConfig } from '../config/payout.config';
import { type PayoutProvider } from './payout-provider';
import { SandboxPaymentStore } from './sandbox/sandbox-payment-store';
import { type SandboxBehaviour, SandboxPayoutProvider } from './sandbox/sandbox-payout-provider';

/** STORE_CREDIT was handed over at the till: no provider is called, the store's record is the payment. */
export const STORE_TILL = 'store-till';

/** Which provider pays each method. A real rail replaces a sandbox here and nowhere else. */
export class ProviderRegistry {
  constructor(private readonly byMethod: ReadonlyMap<PayoutMethod, PayoutProvider>) {}

  forMethod(method: PayoutMethod): PayoutProvider {
    const p = this.byMethod.get(method);
    if (!p) throw new Error(`no payout provider for ${method}`);
    return p;
  }

  byName(name: string): PayoutProvider | undefined {
    return [...this.byMethod.values()].find((p) => p.name === name);
  }

  /** The sandboxes among the providers (none once real rails are wired in). */
  sandboxes(): SandboxPayoutProvider[] {
    return [...new Set(this.byMethod.values())].filter((p): p is SandboxPayoutProvider => p instanceof SandboxPayoutProvider);
  }
}

/** What the registry is built from, once the database and the clock exist. */
export interface ProviderDeps {
  dataSource: DataSource;
  clock: Clock;
}

export type ProviderRegistryFactory = (deps: ProviderDeps) => ProviderRegistry;

/** The three sandboxes, one book (sandbox_payment) in payout-service's own database. */
export function sandboxProviders(behaviour: SandboxBehaviour, deps: ProviderDeps): Map<PayoutMethod, SandboxPayoutProvider> {
  const store = new SandboxPaymentStore(deps.dataSource);
  return new Map<PayoutMethod, SandboxPayoutProvider>([
    ['BANK_TRANSFER', new SandboxPayoutProvider('sandbox-bank', behaviour, store, deps.clock)],
    ['GIFT_CARD', new SandboxPayoutProvider('sandbox-gift-cards', behaviour, store, deps.clock)],
    // The partner credit adapter: credit in the partner's own wallet (e.g. a console store balance).
    ['PARTNER_CREDIT', new SandboxPayoutProvider('sandbox-partner-wallet', behaviour, store, deps.clock)],
  ]);
}

/** Refuses production at once (before the app connects to anything); builds the sandboxes once the database is there. */
export function sandboxRegistry(c: PayoutConfig): ProviderRegistryFactory {
  if (c.NODE_ENV === 'production' && c.PAYOUT_SANDBOX_IN_PRODUCTION !== 'true') {
    throw new Error(
      'payout-service refuses to run sandbox payment providers in production (set PAYOUT_SANDBOX_IN_PRODUCTION=true for a demo)',
    );
  }
  const behaviour = {
    latencyMs: c.SANDBOX_LATENCY_MS,
    failureRate: Number(c.SANDBOX_FAILURE_RATE),
    timeoutRate: Number(c.SANDBOX_TIMEOUT_RATE),
  };
  return (deps) => new ProviderRegistry(sandboxProviders(behaviour, deps));
}
