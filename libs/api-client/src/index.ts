/**
 * @tradein/api-client: typed clients for the four services, generated from openapi/*.json
 * (`npm run openapi`). Browser-safe: only fetch, no Node built-ins, no decorators.
 */
export * from './clients';
export * from './credentials';
export type * as Quote from './generated/quote';
export type * as Intake from './generated/intake';
export type * as Grading from './generated/grading';
export type * as Payout from './generated/payout';
