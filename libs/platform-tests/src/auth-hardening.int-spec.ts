import { type TestService, startTestService } from '@tradein/testing';
import { BaseServiceConfig } from '@tradein/service-runtime';
import { demoModule } from './demo.module';

describe('failed authentication over HTTP (real PostgreSQL and Kafka)', () => {
  let svc: TestService<BaseServiceConfig>;
  beforeAll(async () => {
    svc = await startTestService({
      serviceName: 'quote-service',
      configClass: BaseServiceConfig,
      module: demoModule,
      env: { AUTH_FAILURES_PER_ADDRESS: '3', AUTH_FAILURE_WINDOW_SECONDS: '120' },
    });
  });
  afterAll(async () => {
    await svc.close();
  });

  const from = (remoteAddress: string, authorization: string) =>
    svc.app.inject({ method: 'GET', url: '/v1/things', remoteAddress, headers: { authorization } });

  it('answers 429 problem+json with Retry-After once an address has failed too often, even with a good token', async () => {
    for (let i = 0; i < 3; i++) expect((await from('192.0.2.10', 'Bearer forged')).statusCode).toBe(401);
    const limited = await from('192.0.2.10', 'Bearer forged');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body)).toMatchObject({ code: 'TOO_MANY_FAILED_AUTHENTICATIONS' });
    const ops = svc.token({ sub: 'ops-1', role: 'ops' });
    expect((await from('192.0.2.10', `Bearer ${ops}`)).statusCode).toBe(429);
    expect((await from('192.0.2.11', `bearer ${ops}`)).statusCode).toBe(200);
  });
});
