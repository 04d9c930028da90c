import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@tradein/service-runtime';
import { appModule } from './app.module';
import { IntakeConfig } from './config/intake.config';
import { INTAKE_SERVICE_APP } from './service-app';

void bootstrapService({
  ...INTAKE_SERVICE_APP,
  configClass: IntakeConfig,
  module: (config) => appModule(config),
});
