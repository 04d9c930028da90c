import { loadConfig } from '@tradein/service-runtime';
import { dispositionPolicyFrom } from '../disposition/disposition-policy';
import { GradingConfig } from './grading.config';

const env = { PORT: '3004', AUTH_JWT_SECRET: 's'.repeat(32) };

describe('grading config', () => {
  it('uses the default disposition policy (DISP-1) when nothing is tuned', () => {
    const policy = dispositionPolicyFrom(loadConfig(GradingConfig, 'grading-service', env));
    expect(policy).toMatchObject({ version: 'DISP-1', minBatteryPercent: 80, maxPartsToRefurbish: 3, batteryOnlyIsRefurbish: true });
  });

  it('gives a tuned policy its own version, so grades show which rules decided them', () => {
    const policy = dispositionPolicyFrom(
      loadConfig(GradingConfig, 'grading-service', {
        ...env,
        GRADING_MIN_BATTERY_PERCENT: '85',
        GRADING_BATTERY_ONLY_IS_REFURBISH: 'false',
      }),
    );
    expect(policy).toMatchObject({ minBatteryPercent: 85, batteryOnlyIsRefurbish: false, version: 'DISP-1-b85-p3-w' });
  });

  it('refuses to start on a bad setting and names it', () => {
    expect(() => loadConfig(GradingConfig, 'grading-service', { ...env, GRADING_LEASE_SECONDS: '5' })).toThrow(/GRADING_LEASE_SECONDS/);
  });
});
