import { BaseServiceConfig } from './base-service.config';
import { ConfigError, loadConfig } from './load-config';

const good = { PORT: '3001', AUTH_JWT_SECRET: 's'.repeat(32) };

describe('OpenTelemetry export settings', () => {
  it('are optional and empty by default (nothing exported)', () => {
    const c = loadConfig(BaseServiceConfig, 'quote-service', good);
    expect(c.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('');
    expect(c.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT).toBe('');
  });

  it('accept http(s) URLs, including cluster host names without a TLD', () => {
    const c = loadConfig(BaseServiceConfig, 'quote-service', {
      ...good,
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example.com/v1/traces',
    });
    expect(c.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://otel-collector:4318');
    expect(c.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT).toBe('https://traces.example.com/v1/traces');
  });

  it('refuse anything else, naming the setting', () => {
    for (const bad of ['otel-collector:4318', 'grpc://otel-collector:4317', 'not a url']) {
      const run = () => loadConfig(BaseServiceConfig, 'quote-service', { ...good, OTEL_EXPORTER_OTLP_ENDPOINT: bad });
      expect(run).toThrow(ConfigError);
      expect(run).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT must be an http\(s\) URL or empty/);
    }
    expect(() => loadConfig(BaseServiceConfig, 'quote-service', { ...good, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'ftp://x/y' })).toThrow(
      /OTEL_EXPORTER_OTLP_TRACES_ENDPOINT/,
    );
  });
});
