import { Module, type Type } from '@nestjs/common';
import { CLOCK, type Clock, ServiceCoreModule } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { PayoutConfig } from './config/payout.config';
import { PayoutSettings, payoutSettings } from './payouts/payout-settings';
import { BankDetailsCipher, parseCipherKeys, parseFingerprintKey } from './destinations/bank-details-cipher';
import { GetDestinationController } from './destinations/get-destination/get-destination.controller';
import { RegisterDestinationController } from './destinations/register-destination/register-destination.controller';
import { CheckLimitsController } from './payouts/check-limits/check-limits.controller';
import { FinancedDeviceHandler } from './holds/flag-financed-device/financed-device.handler';
import { DeviceHoldHandler } from './holds/hold-device/device-hold.handler';
import { RefuseHoldController } from './payouts/refuse-hold/refuse-hold.controller';
import { ReleaseHoldController } from './payouts/release-hold/release-hold.controller';
import { LedgerController } from './ledger/check-invariant/ledger.controller';
import { LedgerEntriesController } from './ledger/read-entries/ledger-entries.controller';
import { PayoutWorker } from './payouts/attempt-payouts/payout-worker';
import { CancelPayoutController } from './payouts/cancel-payout/cancel-payout.controller';
import { CancelPayout } from './payouts/cancel-payout/cancel-payout.service';
import { GetPayoutController } from './payouts/get-payout/get-payout.controller';
import { ListPayoutsController } from './payouts/list-payouts/list-payouts.controller';
import { OfferFinalizedHandler } from './payouts/record-finalized-offer/offer-finalized.handler';
import { RecordFinalizedOffer } from './payouts/record-finalized-offer/record-finalized-offer.service';
import { RetryPayoutController } from './payouts/retry-payout/retry-payout.controller';
import { ProviderRegistry, type ProviderRegistryFactory, sandboxRegistry } from './providers/provider-registry';
import { SandboxPaymentsController } from './providers/sandbox/list-sandbox-payments/sandbox-payments.controller';
import { SettlementReportController } from './settlement/get-settlement-report/settlement-report.controller';
import { PAYOUT_ENTITIES } from './payout.entities';
import { PAYOUT_MIGRATIONS } from './migrations';

/** Fixed keys for local runs only; production refuses to start without PAYOUT_BANK_DETAILS_KEYS and PAYOUT_FINGERPRINT_KEY. */
const DEVELOPMENT_KEY = 'dev:ZGV2LW9ubHkta2V5LW5ldmVyLWluLXByb2R1Y3Rpb24=';
const DEVELOPMENT_FINGERPRINT_KEY = 'ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LW5vdC1wcm9k';

function bankDetailsCipher(config: PayoutConfig): BankDetailsCipher {
  if (!config.PAYOUT_BANK_DETAILS_KEYS && config.NODE_ENV === 'production') {
    throw new Error('PAYOUT_BANK_DETAILS_KEYS is required in production');
  }
  if (!config.PAYOUT_FINGERPRINT_KEY && config.NODE_ENV === 'production') {
    throw new Error('PAYOUT_FINGERPRINT_KEY is required in production');
  }
  // The development keys are public (they are in this file): set explicitly, they are refused all the same.
  if (
    config.NODE_ENV === 'production' &&
    config.PAYOUT_BANK_DETAILS_KEYS.split(',').some((k) => k.trim().split(':')[1] === DEVELOPMENT_KEY.split(':')[1])
  ) {
    throw new Error('PAYOUT_BANK_DETAILS_KEYS: the development key is refused in production');
  }
  if (config.NODE_ENV === 'production' && config.PAYOUT_FINGERPRINT_KEY === DEVELOPMENT_FINGERPRINT_KEY) {
    throw new Error('PAYOUT_FINGERPRINT_KEY: the development key is refused in production');
  }
  return new BankDetailsCipher(
    parseCipherKeys(config.PAYOUT_BANK_DETAILS_KEYS || DEVELOPMENT_KEY),
    parseFingerprintKey(config.PAYOUT_FINGERPRINT_KEY || DEVELOPMENT_FINGERPRINT_KEY),
  );
}

/** `providers` builds the payment providers instead (tests); by default the local sandboxes. */
export function appModule(config: PayoutConfig, clock?: Clock, providers?: ProviderRegistryFactory): Type<unknown> {
  const buildProviders = providers ?? sandboxRegistry(config);
  @Module({
    imports: [
      ServiceCoreModule.forRoot({
        serviceName: 'payout-service',
        config,
        configClass: PayoutConfig,
        clock,
        entities: PAYOUT_ENTITIES,
        migrations: PAYOUT_MIGRATIONS,
      }),
    ],
    controllers: [
      RegisterDestinationController,
      GetDestinationController,
      ListPayoutsController,
      GetPayoutController,
      RetryPayoutController,
      CancelPayoutController,
      ReleaseHoldController,
      RefuseHoldController,
      CheckLimitsController,
      LedgerController,
      LedgerEntriesController,
      SettlementReportController,
      SandboxPaymentsController,
      // Event handlers (@OnEvent): controllers of the Kafka event transport.
      OfferFinalizedHandler,
      FinancedDeviceHandler,
      DeviceHoldHandler,
    ],
    providers: [
      { provide: PayoutSettings, useValue: payoutSettings(config) },
      { provide: BankDetailsCipher, useValue: bankDetailsCipher(config) },
      {
        provide: ProviderRegistry,
        inject: [DataSource, CLOCK],
        useFactory: (dataSource: DataSource, clk: Clock) => buildProviders({ dataSource, clock: clk }),
      },
      RecordFinalizedOffer,
      CancelPayout,
      PayoutWorker,
    ],
  })
  class PayoutAppModule {}
  return PayoutAppModule;
}
