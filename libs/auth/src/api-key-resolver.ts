import { type PartnerPrincipal } from './principal';

/** Implemented by the service that owns partners' API keys (quote-service); others reject API keys. */
export interface ApiKeyResolver {
  resolve(apiKey: string): Promise<PartnerPrincipal | null>;
}

export const API_KEY_RESOLVER = Symbol('API_KEY_RESOLVER');
