export * from './tracing-config';
export * from './start-tracing';
