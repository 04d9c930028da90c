import './tracing';
import 'reflect-metadata';
import { bootstrapService, loadConfig } from '@tradein/service-runtime';
import { appModule } from './app.module';
import { QuoteConfig } from './config/quote.config';
import { DEFAULT_OFFER_POLICY, offerPolicyFrom, type OfferPolicy } from './policy/offer-policy';
import { quoteServiceApp } from './service-app';

/** The published policy is the configured one (bootstrapService reports a bad configuration itself). */
const policy: OfferPolicy = (() => {
  try {
    return offerPolicyFrom(loadConfig(QuoteConfig, 'quote-service'));
  } catch {
    return DEFAULT_OFFER_POLICY;
  }
})();

void bootstrapService({
  ...quoteServiceApp(policy),
  configClass: QuoteConfig,
  module: (config) => appModule(config),
});
