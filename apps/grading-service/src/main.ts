import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@tradein/service-runtime';
import { gradingAppModule, SERVICE_NAME } from './app.module';
import { GradingConfig } from './config/grading.config';

void bootstrapService({
  serviceName: SERVICE_NAME,
  description: 'Grading queue with claims, CTIA/R2 inspections, NIST SP 800-88 erasure certificates, dispositions, appeals and refurbishable stock.',
  configClass: GradingConfig,
  module: (config) => gradingAppModule(config),
});
