import { type Middleware } from 'openapi-fetch';

/**
 * How a caller authenticates: a partner API key (quote-service only), or a Bearer token — a staff
 * token, a partner token exchanged for a key, or a widget token. A function is asked before every
 * request, so a caller can refresh a short-lived token without rebuilding the client.
 */
export type ApiCredentials = { apiKey: string } | { bearerToken: string | (() => string | Promise<string>) } | { none: true };

/** Sets the credential headers on each request (and never logs or echoes them). */
export function credentialsMiddleware(credentials: ApiCredentials): Middleware {
  return {
    async onRequest({ request }) {
      if ('apiKey' in credentials) request.headers.set('X-Api-Key', credentials.apiKey);
      if ('bearerToken' in credentials) {
        const t = credentials.bearerToken;
        request.headers.set('Authorization', `Bearer ${typeof t === 'function' ? await t() : t}`);
      }
      return request;
    },
  };
}
