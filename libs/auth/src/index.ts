export * from './principal';
export * from './auth.options';
export * from './api-key-resolver';
export * from './staff-token';
export * from './auth.decorators';
export * from './auth.errors';
export * from './auth.guard';
export * from './tenancy';
