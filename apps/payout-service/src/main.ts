import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@tradein/service-runtime';
import { appModule } from './app.module';
import { PayoutConfig } from './config/payout.config';
import { PAYOUT_SERVICE_APP } from './service-app';

void bootstrapService({
  ...PAYOUT_SERVICE_APP,
  configClass: PayoutConfig,
  module: (config) => appModule(config),
});
