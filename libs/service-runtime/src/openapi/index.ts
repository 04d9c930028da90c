export * from './api-problems.decorator';
export * from './build-openapi-document';
export * from './complete-responses';
export * from './idempotency-key.decorator';
export * from './openapi-config';
export * from './problem-details.dto';
export * from './money.schema';
export * from './nullable-schemas';
