import { type PayoutMethod } from '@tradein/contracts';
import { type PayoutConfig } from '../config/payout.config';
import { type PayoutProvider } from './payout-provider';
import { SandboxPayoutProvider } from './sandbox/sandbox-payout-provider';

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
}

export function sandboxRegistry(c: PayoutConfig): ProviderRegistry {
  if (c.NODE_ENV === 'production' && c.PAYOUT_SANDBOX_IN_PRODUCTION !== 'true') {
    throw new Error('payout-service refuses to run sandbox payment providers in production (set PAYOUT_SANDBOX_IN_PRODUCTION=true for a demo)');
  }
  const behaviour = { latencyMs: c.SANDBOX_LATENCY_MS, failureRate: Number(c.SANDBOX_FAILURE_RATE), timeoutRate: Number(c.SANDBOX_TIMEOUT_RATE) };
  return new ProviderRegistry(new Map<PayoutMethod, PayoutProvider>([
    ['BANK_TRANSFER', new SandboxPayoutProvider('sandbox-bank', behaviour)],
    ['GIFT_CARD', new SandboxPayoutProvider('sandbox-gift-cards', behaviour)],
    // The partner credit adapter: credit in the partner's own wallet (e.g. a console store balance).
    ['PARTNER_CREDIT', new SandboxPayoutProvider('sandbox-partner-wallet', behaviour)],
  ]));
}
