export * from './api-problems.decorator';
export * from './build-openapi-document';
export * from './idempotency-key.decorator';
export * from './openapi-config';
export * from './problem-details.dto';
