import { ConfigError, loadConfig } from '@tradein/service-runtime';
import { offerPolicyFrom } from '../policy/offer-policy';
import { QuoteConfig } from './quote.config';

const production = {
  NODE_ENV: 'production',
  PORT: '3001',
  DATABASE_URL: 'postgres://db/x',
  KAFKA_BROKERS: 'kafka:9092',
  AUTH_JWT_SECRET: 'x'.repeat(40),
};

describe('QuoteConfig', () => {
  it('has the published defaults', () => {
    const c = loadConfig(QuoteConfig, 'quote-service', { AUTH_JWT_SECRET: 'y'.repeat(40), PORT: '3001' });
    expect(offerPolicyFrom(c)).toEqual({
      quoteValidDays: 14,
      shipByDays: 21,
      answerWindowDays: 14,
      tolerance: { withinPercent: 5, withinCosmeticGrades: 1 },
    });
    expect(c.allowInsecureWebhooks()).toBe(true);
  });

  it('refuses to start in production with the development secret key', () => {
    expect(() => loadConfig(QuoteConfig, 'quote-service', production)).toThrow(ConfigError);
    expect(() => loadConfig(QuoteConfig, 'quote-service', production)).toThrow(/QUOTE_SECRET_KEY/);
    const ok = loadConfig(QuoteConfig, 'quote-service', { ...production, QUOTE_SECRET_KEY: 'z'.repeat(48) });
    expect(ok.allowInsecureWebhooks()).toBe(false);
  });

  it('rejects an out-of-range tolerance', () => {
    expect(() =>
      loadConfig(QuoteConfig, 'quote-service', { AUTH_JWT_SECRET: 'y'.repeat(40), PORT: '3001', OFFER_TOLERANCE_PERCENT: '80' }),
    ).toThrow(/OFFER_TOLERANCE_PERCENT/);
  });
});
