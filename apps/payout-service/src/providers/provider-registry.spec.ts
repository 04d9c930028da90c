import { type DataSource } from 'typeorm';
import { PayoutConfig } from '../config/payout.config';
import { type ProviderDeps, sandboxRegistry } from './provider-registry';

const config = (over: Partial<PayoutConfig>): PayoutConfig => Object.assign(new PayoutConfig(), over);
// Building the sandboxes touches no database; only their calls do.
const deps: ProviderDeps = { dataSource: {} as DataSource, clock: { now: () => new Date() } };

describe('sandboxRegistry', () => {
  it('gives every paid method a provider and none to store credit', () => {
    const r = sandboxRegistry(config({ NODE_ENV: 'development' }))(deps);
    expect(r.forMethod('BANK_TRANSFER').name).toBe('sandbox-bank');
    expect(r.forMethod('GIFT_CARD').name).toBe('sandbox-gift-cards');
    expect(r.forMethod('PARTNER_CREDIT').name).toBe('sandbox-partner-wallet');
    expect(
      r
        .sandboxes()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['sandbox-bank', 'sandbox-gift-cards', 'sandbox-partner-wallet']);
    expect(() => r.forMethod('STORE_CREDIT')).toThrow(/no payout provider/);
  });

  it('refuses to pretend to pay in production unless told it is a demo', () => {
    expect(() => sandboxRegistry(config({ NODE_ENV: 'production' }))).toThrow(/refuses to run sandbox/);
    expect(
      sandboxRegistry(config({ NODE_ENV: 'production', PAYOUT_SANDBOX_IN_PRODUCTION: 'true' }))(deps).byName('sandbox-bank'),
    ).toBeDefined();
  });
});
