import { IsIn } from 'class-validator';
import { BaseServiceConfig } from './base-service.config';
import { ConfigError, loadConfig } from './load-config';

class DemoConfig extends BaseServiceConfig {
  @IsIn(['ASK', 'AUTO']) POLICY = 'ASK';
}

const good = { PORT: '3001', AUTH_JWT_SECRET: 's'.repeat(32) };

describe('loadConfig', () => {
  it('resolves the service database on the local server by default', () => {
    const c = loadConfig(DemoConfig, 'quote-service', good);
    expect(c.PORT).toBe(3001);
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:55432/tradein_quote');
    expect(c.KAFKA_BROKERS).toBe('127.0.0.1:19092');
  });

  it('uses DATABASE_URL as the server and a per-service URL over it', () => {
    expect(loadConfig(DemoConfig, 'payout-service', { ...good, DATABASE_URL: 'postgres://u:p@db:5432/x' }).DATABASE_URL).toBe(
      'postgres://u:p@db:5432/tradein_payout',
    );
    expect(loadConfig(DemoConfig, 'payout-service', { ...good, PAYOUT_DATABASE_URL: 'postgres://h/mine' }).DATABASE_URL).toBe(
      'postgres://h/mine',
    );
  });

  it('refuses to start and names every bad setting', () => {
    const run = () => loadConfig(DemoConfig, 'quote-service', { PORT: 'eighty', POLICY: 'MAYBE', KAFKA_BROKERS: 'nohost' });
    expect(run).toThrow(ConfigError);
    try {
      run();
    } catch (err) {
      const msg = (err as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('POLICY');
      expect(msg).toContain('AUTH_JWT_SECRET');
      expect(msg).toContain('KAFKA_BROKERS must be host:port');
    }
  });

  it('has no local defaults in production', () => {
    expect(() => loadConfig(DemoConfig, 'quote-service', { ...good, NODE_ENV: 'production' })).toThrow(/DATABASE_URL|KAFKA_BROKERS/);
  });

  it('refuses a movable clock in production and allows it elsewhere', () => {
    const prod = { ...good, NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', KAFKA_BROKERS: 'k:9092' };
    expect(loadConfig(DemoConfig, 'quote-service', prod).CLOCK_CONTROL).toBe('disabled');
    expect(() => loadConfig(DemoConfig, 'quote-service', { ...prod, CLOCK_CONTROL: 'enabled' })).toThrow(/CLOCK_CONTROL/);
    expect(loadConfig(DemoConfig, 'quote-service', { ...good, CLOCK_CONTROL: 'enabled' }).CLOCK_CONTROL).toBe('enabled');
    expect(loadConfig(DemoConfig, 'quote-service', { ...good, CLOCK_CONTROL: 'enabled', CLOCK_OFFSET_MS: '3600000' }).CLOCK_OFFSET_MS).toBe(
      3_600_000,
    );
    expect(() => loadConfig(DemoConfig, 'quote-service', { ...good, CLOCK_OFFSET_MS: '3600000' })).toThrow(/CLOCK_OFFSET_MS/);
  });
});
