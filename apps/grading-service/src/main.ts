import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@tradein/service-runtime';
import { appModule } from './app.module';
import { GradingConfig } from './config/grading.config';
import { GRADING_SERVICE_APP } from './service-app';

void bootstrapService({
  ...GRADING_SERVICE_APP,
  configClass: GradingConfig,
  module: (config) => appModule(config),
});
