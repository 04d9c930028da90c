import { type FailedAuthLimits } from './failed-auth-limiter';

export interface AuthOptions {
  jwtSecret: string;
  issuer: string;
  audience: string;
  /** Failed-authentication limits (429 + Retry-After); defaults: DEFAULT_FAILED_AUTH_LIMITS. */
  failedAuth?: FailedAuthLimits;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');
