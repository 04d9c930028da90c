export * from './test-infra';
export * from './test-database';
export * from './event-probe';
export * from './wait-for';
export * from './start-test-service';
export { ManualClock } from '@tradein/service-runtime';
export * from './service-process';
export * from './otlp-collector';
export * from './evidence-upload';
