export interface AuthOptions {
  jwtSecret: string;
  issuer: string;
  audience: string;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');
