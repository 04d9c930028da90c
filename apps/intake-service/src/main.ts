import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@tradein/service-runtime';
import { AppModule, SERVICE_NAME } from './app.module';
import { IntakeConfig } from './config/intake.config';

void bootstrapService({
  serviceName: SERVICE_NAME,
  description: 'Labels and tracking, dock receipt, store intake, device identity checks, store boxes, chain of custody and returns.',
  configClass: IntakeConfig,
  module: (config) => AppModule.forRoot(config),
});
