import { SERVICES, spawnService } from '@tradein/testing';

/** A service with a missing or malformed setting must not start, and must say which setting. */
describe.each(SERVICES)('%s with a bad configuration', (name) => {
  it('exits non-zero and names every bad setting', async () => {
    const svc = spawnService(name, {
      NODE_ENV: 'production',
      PORT: 'eighty',
      KAFKA_BROKERS: 'not a broker list',
      LOG_LEVEL: 'chatty',
      // AUTH_JWT_SECRET and DATABASE_URL deliberately missing
    });
    const code = await svc.exited;
    expect(code).not.toBe(0);
    const out = svc.output();
    expect(out).toContain('refuses to start');
    for (const setting of ['PORT', 'KAFKA_BROKERS', 'LOG_LEVEL', 'AUTH_JWT_SECRET', 'DATABASE_URL']) expect(out).toContain(setting);
  });
});
