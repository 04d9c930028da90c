import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@tradein/service-runtime';
import { appModule } from './app.module';
import { PayoutConfig } from './config/payout.config';

void bootstrapService({
  serviceName: 'payout-service',
  description: 'One payout per trade-in through provider adapters, a double-entry ledger, limits and holds, partner settlement',
  configClass: PayoutConfig,
  module: (config) => appModule(config),
});
