export * from './client';
export * from './imei';
export * from './types';
export * from './trade-in-flows';
